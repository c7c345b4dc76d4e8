/**
 * The assembly: one WAR with the core and the built-in modules. It owns what exists once per
 * installation: the data source (web.xml), the persistence unit and the web descriptors.
 */
package org.impuls.app;
