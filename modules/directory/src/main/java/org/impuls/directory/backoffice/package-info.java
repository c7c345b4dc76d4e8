/**
 * The merchant's pages for their businesses: the list, the profile editor (with the week form, logo
 * and photos, and the answer to the operator's question), and the staff page. All go through
 * {@link org.impuls.directory.business.BusinessAccess}, as the REST API does.
 */
package org.impuls.directory.backoffice;
