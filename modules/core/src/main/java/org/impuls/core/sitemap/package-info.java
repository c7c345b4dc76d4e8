/** {@code /sitemap.xml} and {@code /robots.txt}, from every module's public pages in both languages. */
package org.impuls.core.sitemap;
