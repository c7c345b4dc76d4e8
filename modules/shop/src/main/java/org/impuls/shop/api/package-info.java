/** What other modules may use of the shop (nothing yet; orders and payments will publish events here). */
package org.impuls.shop.api;
