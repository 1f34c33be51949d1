/** The audit log: an append-only record of who did what to which story, and when. */
package org.newsroom.audit;
