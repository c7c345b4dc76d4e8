/** Demo mode: the Kaiserslautern demo merchants' catalogue, read from {@code demo/products.csv}, with generated pictures, and the demo customer's two orders. */
package org.impuls.shop.demo;
