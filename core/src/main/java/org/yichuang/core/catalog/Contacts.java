package org.yichuang.core.catalog;

/**
 * Where and when an item is handled and whom to call (咨询/监督电话, 办理时间, 办理地点).
 *
 * @param consultPhone     咨询电话
 * @param supervisionPhone 监督投诉电话
 * @param officeHours      办理时间
 * @param place            办理地点
 */
public record Contacts(String consultPhone, String supervisionPhone, String officeHours, String place) {
}
