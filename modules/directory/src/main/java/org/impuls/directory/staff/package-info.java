/**
 * A business's staff: the owner (who applied) of an approved business invites colleagues by e-mail (at
 * most ten a day); whoever accepts the mailed link with the account of the invited address becomes staff
 * (a MERCHANT) of that business.
 */
package org.impuls.directory.staff;
