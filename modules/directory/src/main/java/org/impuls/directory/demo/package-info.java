/** Demo data only: Kaiserslautern businesses, loaded when demo mode is on and the directory is empty. */
package org.impuls.directory.demo;
