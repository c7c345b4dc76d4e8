package org.impuls.shop.payment;

import org.impuls.shop.api.payment.PaymentMethod;

/**
 * A built-in method whose money each merchant receives itself (cash at the handover, a bank transfer): the payment is
 * PAID once every merchant of the order has marked its part received. Online methods report through callbacks instead.
 */
public interface CollectedByMerchants extends PaymentMethod {}
