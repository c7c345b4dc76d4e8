/**
 * Opening hours in OpenStreetMap's {@code opening_hours} syntax (the common subset: weekday ranges and
 * lists, several time spans, spans past midnight, {@code off}, {@code PH} for public holidays in
 * Rhineland-Palatinate), and whether a business is open at a given moment.
 */
package org.impuls.directory.hours;
