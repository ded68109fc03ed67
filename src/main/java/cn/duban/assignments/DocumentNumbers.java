package cn.duban.assignments;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 文号 from one sequence per office and year, as offices number what they send: 青督〔2026〕12号.
 * The number is taken in the transaction that writes the document, so a refused write leaves no
 * gap that was ever shown; two offices writing at once each get their own next number (the row is
 * locked by the upsert).
 */
@Component
class DocumentNumbers {

    private final JdbcClient jdbc;

    DocumentNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(long areaId, String areaName, int year) {
        int n = jdbc.sql("""
                        insert into document_number (area_id, year, last) values (:a, :y, 1)
                        on conflict (area_id, year) do update set last = document_number.last + 1
                        returning last""")
                .param("a", areaId).param("y", year).query(Integer.class).single();
        return prefix(areaName) + "督〔" + year + "〕" + n + "号";
    }

    /** An area's short name as 文号 use it: its first character (青川县 → 青). */
    static String prefix(String areaName) {
        for (int i = 0; i < areaName.length(); i++) {
            if (Character.UnicodeScript.of(areaName.charAt(i)) == Character.UnicodeScript.HAN) {
                return String.valueOf(areaName.charAt(i));
            }
        }
        return "";
    }
}
