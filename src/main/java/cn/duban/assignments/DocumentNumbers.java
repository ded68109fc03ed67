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

    /** The kinds of paper the office numbers, each in a sequence of its own, with the word its 文号 carries. */
    enum Kind {
        ASSIGNMENT("督交"), PRESS("督办"), URGE("督催");

        private final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    /** The next 文号 of a kind in the area and year: 青督交〔2026〕1号 for the year's first 交办单. */
    @Transactional(propagation = Propagation.MANDATORY)
    String next(Kind kind, long areaId, String areaName, int year) {
        int n = jdbc.sql("""
                insert into document_number (area_id, year, kind, last) values (:a, :y, :k, 1)
                on conflict (area_id, year, kind) do update set last = document_number.last + 1
                returning last""")
                .param("a", areaId).param("y", year).param("k", kind.name()).query(Integer.class).single();
        return prefix(areaName) + kind.word + "〔" + year + "〕" + n + "号";
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
