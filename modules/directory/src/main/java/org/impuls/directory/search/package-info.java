/** Directory search beyond text: "open now", distance from a postal code or point, sorting. */
package org.impuls.directory.search;
