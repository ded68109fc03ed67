package cn.duban.ledger;

import cn.duban.org.Organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Matches the unit names a document mentions to the organisation tree: exactly, without the
 * county prefix (县住建局 ↔ 住建局), or as an abbreviation whose characters stand in order in
 * the full name (县发改局 ↔ 县发展和改革局).
 */
final class UnitMatcher {

    private final List<Organisation> units;

    UnitMatcher(List<Organisation> units) {
        this.units = units;
    }

    Optional<Organisation> match(String mention) {
        String m = mention.strip();
        for (Organisation o : units) {
            if (o.name().equals(m)) {
                return Optional.of(o);
            }
        }
        String bare = withoutPrefix(m);
        for (Organisation o : units) {
            if (withoutPrefix(o.name()).equals(bare)) {
                return Optional.of(o);
            }
        }
        for (Organisation o : units) {
            String full = withoutPrefix(o.name());
            if (bare.length() >= 2 && full.length() > bare.length() && full.charAt(full.length() - 1) == bare.charAt(bare.length() - 1)
                    && full.charAt(0) == bare.charAt(0) && inOrder(bare, full)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    List<Organisation> matchAll(List<String> mentions) {
        List<Organisation> out = new ArrayList<>();
        for (String m : mentions) {
            match(m).filter(o -> !out.contains(o)).ifPresent(out::add);
        }
        return out;
    }

    /** Without the county prefix, and 委员会 written as offices abbreviate it (卫生健康委员会 → 卫生健康委). */
    private static String withoutPrefix(String name) {
        String n = name.endsWith("委员会") ? name.substring(0, name.length() - 2) : name;
        return n.length() > 2 && "县区市".indexOf(n.charAt(0)) >= 0 ? n.substring(1) : n;
    }

    private static boolean inOrder(String shortName, String full) {
        int j = 0;
        for (int i = 0; i < full.length() && j < shortName.length(); i++) {
            if (full.charAt(i) == shortName.charAt(j)) {
                j++;
            }
        }
        return j == shortName.length();
    }
}
