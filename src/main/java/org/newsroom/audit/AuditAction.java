package org.newsroom.audit;

/** What the audit log records. */
public enum AuditAction {
    LOGIN_SUCCEEDED("Signed in"),
    LOGIN_FAILED("Failed sign-in"),
    LOGIN_THROTTLED("Sign-in refused by the throttle"),
    STORY_CREATED("Created a story"),
    SUBMITTED("Submitted for review"),
    SENT_BACK("Sent back to the writer"),
    PUBLISHED("Published"),
    UPDATE_PUBLISHED("Published an update"),
    UNPUBLISHED("Unpublished"),
    SCHEDULED("Scheduled"),
    SCHEDULE_CANCELLED("Cancelled a schedule"),
    SCHEDULED_PUBLICATION_FAILED("Scheduled publication failed"),
    RESTORED("Restored a revision"),
    CORRECTION_ADDED("Added a correction"),
    DELETED("Deleted"),
    STAFF_CREATED("Created a staff account"),
    ROLE_CHANGED("Changed a role"),
    STAFF_ENABLED("Enabled a staff account"),
    STAFF_DISABLED("Disabled a staff account"),
    SETTINGS_CHANGED("Changed settings"),
    IMAGE_UPLOADED("Uploaded an image"),
    IMAGE_DELETED("Deleted an image"),
    FRONT_SAVED("Saved a front's working copy"),
    FRONT_PUBLISHED("Published a front"),
    FRONT_SCHEDULED("Scheduled a front"),
    FRONT_SCHEDULE_CANCELLED("Cancelled a front's schedule"),
    FRONT_SCHEDULE_FAILED("A front's schedule failed"),
    FRONT_RESTORED("Restored a front"),
    BANNER_SET("Set the banner"),
    BANNER_CHANGED("Changed the banner"),
    BANNER_ENDED("Ended the banner"),
    LIVE_STARTED("Started live coverage"),
    LIVE_ENDED("Ended live coverage"),
    LIVE_ENTRY_POSTED("Posted a live entry"),
    LIVE_ENTRY_DRAFTED("Saved a live entry as a draft"),
    LIVE_ENTRY_EDITED("Edited a live entry"),
    LIVE_ENTRY_DELETED("Deleted a live entry"),
    LIVE_ENTRY_PINNED("Pinned a live entry"),
    LIVE_ENTRY_UNPINNED("Unpinned a live entry"),
    API_KEY_CREATED("Created an API key"),
    API_KEY_REVOKED("Revoked an API key"),
    WEBHOOK_CREATED("Registered a webhook endpoint"),
    WEBHOOK_SECRET_ROTATED("Rotated a webhook secret"),
    WEBHOOK_ENABLED("Enabled a webhook endpoint"),
    WEBHOOK_DISABLED("Disabled a webhook endpoint"),
    WEBHOOK_DELETED("Deleted a webhook endpoint"),
    WEBHOOK_TEST_SENT("Sent a webhook test"),
    WEBHOOK_REPLAYED("Replayed a webhook delivery");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
