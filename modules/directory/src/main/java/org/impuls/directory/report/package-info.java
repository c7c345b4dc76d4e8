/**
 * Reports of listings (wrong or unlawful content) by anyone, the operator's queue of open reports, and
 * moderation: hiding a listing with a reason the business is told, and showing it again.
 */
package org.impuls.directory.report;
