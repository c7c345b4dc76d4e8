/** Business profiles and their categories: entities, queries, the public profile page and REST. */
package org.impuls.directory.business;
