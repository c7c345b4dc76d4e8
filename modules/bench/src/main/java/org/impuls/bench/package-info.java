/**
 * The benchmark harness: {@link org.impuls.bench.Bench} starts the portal as users do and runs the
 * suites named on the command line, printing latency percentiles and the server's memory.
 */
package org.impuls.bench;
