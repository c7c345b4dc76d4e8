/**
 * Arquillian tests inside a real Payara Micro with the real portal WAR and an embedded PostgreSQL
 * started by the test JVM. Each class boots its own server (~30 s), so group tests into few classes.
 */
package org.impuls.containertest;
