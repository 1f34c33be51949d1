package org.newsroom.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a staff member's sessions. A session keeps the role and the enabled flag that held when its owner signed in, so
 * after an account is disabled or changes role its open sessions must go: the person signs in again (if they still
 * may) and gets what their account now allows.
 */
@Component
record StaffSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {

    private static final Logger log = LoggerFactory.getLogger(StaffSessions.class);

    /** Ends every session of the account with this email once the current transaction commits. */
    void endAllAfterCommit(String email) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    endAll(email);
                }
            });
        } else {
            endAll(email);
        }
    }

    private void endAll(String email) {
        sessions.ifAvailable(repository -> {
            try {
                var ids = repository.findByPrincipalName(email).keySet();
                ids.forEach(repository::deleteById);
                if (!ids.isEmpty()) {
                    log.info("Ended {} session(s) of {} after a change to the account", ids.size(), email);
                }
            } catch (RuntimeException e) {
                log.warn("Could not end the sessions of {}: {}", email, e.getMessage());
            }
        });
    }
}
