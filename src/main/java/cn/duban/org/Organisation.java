package cn.duban.org;

/** A unit of the county: the county itself, a township, a village, a department, a command post. */
public record Organisation(long id, String name, OrganisationKind kind, Long parentId) {
}
