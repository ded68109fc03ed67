package cn.duban.org;

import cn.duban.audit.AuditTrail;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The organisation tree in PostgreSQL. */
@Repository
public class Organisations {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Organisations(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Organisation> all() {
        return jdbc.sql("select id, name, kind, parent_id from organisation order by coalesce(parent_id, 0), kind, name")
                .query(Organisation.class).list();
    }

    public List<Organisation> within(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, name, kind, parent_id from organisation where id in (:ids) order by coalesce(parent_id, 0), kind, name")
                .param("ids", ids).query(Organisation.class).list();
    }

    public Optional<Organisation> find(long id) {
        return jdbc.sql("select id, name, kind, parent_id from organisation where id = :id")
                .param("id", id).query(Organisation.class).optional();
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from organisation").query(Long.class).single() == 0;
    }

    /** The unit and every unit below it: an office's area, a township and its villages. */
    public Set<Long> subtree(long rootId) {
        return Set.copyOf(jdbc.sql("""
                with recursive below(id) as (
                    select id from organisation where id = :root
                    union all
                    select o.id from organisation o join below b on o.parent_id = b.id)
                select id from below""")
                .param("root", rootId).query(Long.class).list());
    }

    /**
     * The area a unit belongs to: the nearest county, city or province at or above it (the top of
     * its branch when there is none), so a county office under a province still sees only its county.
     */
    public long topOf(long id) {
        return jdbc.sql("""
                with recursive up(id, parent_id, kind, depth) as (
                    select id, parent_id, kind, 0 from organisation where id = :id
                    union all
                    select o.id, o.parent_id, o.kind, u.depth + 1 from organisation o join up u on o.id = u.parent_id
                    where u.kind not in ('COUNTY', 'CITY', 'PROVINCE'))
                select id from up order by depth desc limit 1""")
                .param("id", id).query(Long.class).single();
    }

    /** Member units (成员单位) of each command post among the given units. */
    public Map<Long, List<Long>> members(Collection<Long> posts) {
        if (posts.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        jdbc.sql("select command_post_id, member_id from command_post_member where command_post_id in (:p) order by member_id")
                .param("p", posts).query((rs, n) -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    return null;
                }).list();
        return out;
    }

    @Transactional
    public void addMember(long commandPostId, long memberId) {
        Organisation post = find(commandPostId).orElseThrow(() -> new OrganisationRejected("指挥部不存在"));
        if (post.kind() != OrganisationKind.COMMAND_POST) {
            throw new OrganisationRejected("“" + post.name() + "”不是指挥部，不能添加成员单位");
        }
        Organisation member = find(memberId).orElseThrow(() -> new OrganisationRejected("成员单位不存在"));
        if (member.id() == post.id() || topOf(member.id()) != topOf(post.id())) {
            throw new OrganisationRejected("成员单位须是同一县内的其他单位");
        }
        int added = jdbc.sql("insert into command_post_member (command_post_id, member_id) values (:p, :m) on conflict do nothing")
                .param("p", commandPostId).param("m", memberId).update();
        if (added > 0) {
            audit.record("新增成员单位", "organisation", commandPostId, null, Map.of("member", member.name()));
        }
    }

    @Transactional
    public Organisation add(String name, OrganisationKind kind, Long parentId) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw new OrganisationRejected("单位名称不能为空，且不超过 100 个字");
        }
        if (parentId == null && !kind.isArea()) {
            throw new OrganisationRejected("只有省、市、县(区)可以没有上级单位");
        }
        Organisation parent = parentId == null
                ? null
                : find(parentId)
                        .orElseThrow(() -> new OrganisationRejected("上级单位不存在"));
        if (parent != null && !kind.mayBeUnder(parent.kind())) {
            throw new OrganisationRejected(kind.label() + "不能设在" + parent.kind().label() + "“" + parent.name() + "”之下");
        }
        boolean taken = jdbc.sql("select count(*) from organisation where coalesce(parent_id, 0) = coalesce(:parent, 0) and name = :name")
                .param("parent", parentId).param("name", clean).query(Long.class).single() > 0;
        if (taken) {
            throw new OrganisationRejected("同一上级单位下已有“" + clean + "”");
        }
        long id = jdbc.sql("insert into organisation (name, kind, parent_id) values (:name, :kind, :parent) returning id")
                .param("name", clean).param("kind", kind.name()).param("parent", parentId)
                .query(Long.class).single();
        Organisation created = new Organisation(id, clean, kind, parentId);
        audit.record("新增单位", "organisation", id, null, Map.of("name", clean, "kind", kind.name(),
                "parentId", parentId == null ? "" : parentId));
        return created;
    }
}
