/** Demo mode: the Kaiserslautern demo merchants' catalogue, read from {@code demo/products.csv}, with generated pictures. */
package org.impuls.shop.demo;
