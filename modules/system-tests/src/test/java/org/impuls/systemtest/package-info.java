/**
 * Tests against the running portal. {@link org.impuls.systemtest.Portal} starts it once per test
 * run; tests use {@link org.impuls.systemtest.Http} for REST and pages and {@link
 * org.impuls.systemtest.Browser} for journeys in Chromium.
 */
package org.impuls.systemtest;
