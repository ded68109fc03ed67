-- Group robots as offices create them today: a 钉钉 robot with 加签 (its SEC… secret signs every
-- call) or with a keyword the message must contain; 企业微信 robots carry their key in the address.
-- The secret is kept SM4-encrypted like the address and is never shown again after saving.
alter table contact add column secret text;
alter table contact add column keyword text check (keyword is null or length(keyword) between 1 and 20);
-- The last 发送测试消息: when, and why it failed (null when it passed).
alter table contact add column tested_at timestamptz;
alter table contact add column test_error text;
-- A delivery is sent with its contact's secret and keyword as they are at sending.
alter table delivery add column contact_id bigint references contact (id) on delete set null;
update delivery d set contact_id = k.id from notification n, contact k
 where n.id = d.notification_id and k.organisation_id = n.organisation_id and k.channel = d.channel and k.address = d.address;
