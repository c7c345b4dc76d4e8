/**
 * Web protections for every response: security headers, same-origin checks for cookie-authenticated
 * API writes, and secure session cookies behind HTTPS.
 */
package org.impuls.core.web;
