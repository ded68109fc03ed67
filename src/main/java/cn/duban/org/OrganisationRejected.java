package cn.duban.org;

/** A change to the organisation tree that would break it, with the reason in Chinese. */
public class OrganisationRejected extends RuntimeException {
    public OrganisationRejected(String message) {
        super(message);
    }
}
