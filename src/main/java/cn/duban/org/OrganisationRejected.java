package cn.duban.org;

import cn.duban.refusal.Refusal;

/** A change to the organisation tree that would break it, with the reason in Chinese. */
public class OrganisationRejected extends Refusal {
    public OrganisationRejected(String message) {
        super(message);
    }

    /** Refused for what was typed in one field (a property path of the form): shown beside it. */
    public OrganisationRejected(String message, String field) {
        super(message, field);
    }
}
