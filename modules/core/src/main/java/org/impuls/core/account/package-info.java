/**
 * Who is logged in: Jakarta Security with one mechanism ({@link org.impuls.core.account.PortalAuthentication})
 * and a login page at {@code /login}. For now the one operator
 * account comes from configuration ({@code IMPULS_OPERATOR_EMAIL}, {@code IMPULS_OPERATOR_PASSWORD});
 * customer and merchant accounts follow.
 */
package org.impuls.core.account;
