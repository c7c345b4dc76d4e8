/**
 * Admission of small local businesses: an application declares its size and head office, rules from
 * the operator's settings flag what looks like a chain or a business from elsewhere, and the operator
 * approves, rejects or asks for information in a review queue; the applicant hears of each step by mail
 * and follows it at {@code /account/directory/applications.xhtml}. The applicant's staff link waits until
 * the approval activates it (only then a MERCHANT). Name and address changes of admitted businesses are
 * reviewed in the same queue.
 */
package org.impuls.directory.admission;
