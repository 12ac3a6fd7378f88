/**
 * 清单管理 as read: each unit's yearly list with its filing (迟报/漏报), its items judged 应评未评 (R12), the
 * matters decided while on no filed list (未备案, R11), and 应评尽评率 per unit and jurisdiction.
 */
package org.wenping.query.lists;
