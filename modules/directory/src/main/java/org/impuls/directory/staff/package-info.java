/**
 * A business's staff: the owner (who applied) invites colleagues by e-mail; whoever accepts the
 * mailed link with their account becomes staff (a MERCHANT) of that business.
 */
package org.impuls.directory.staff;
