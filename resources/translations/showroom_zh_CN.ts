<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>App</name>
    <message>
      <location filename="../../ui/app.py" />
      <source>Restored the backup of {when}; the damaged database was kept as {kept}.</source>
      <translation>已恢复 {when} 的备份；损坏的数据库已保留为 {kept}。</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" />
      <source>Showroom cannot start</source>
      <translation>Showroom 无法启动</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" />
      <source>The database failed its integrity check ({problem}).</source>
      <translation>数据库未通过完整性检查（{problem}）。</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" />
      <source>Backed up to {path}.</source>
      <translation>已备份到 {path}。</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" />
      <source>Backup</source>
      <translation>备份</translation>
    </message>
  </context>
  <context>
    <name>AuditDialog</name>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>created</source>
      <translation>创建</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>changed</source>
      <translation>修改</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>deleted</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>merged</source>
      <translation>合并</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>exported</source>
      <translation>导出</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>printed</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>unmasked</source>
      <translation>显示完整信息</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>erased</source>
      <translation>清除</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>signed in</source>
      <translation>登录</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>wrong password</source>
      <translation>密码错误</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>sign-in locked</source>
      <translation>登录已锁定</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>restored</source>
      <translation>已恢复</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>backed up</source>
      <translation>备份</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>imported</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>Who</source>
      <translation>人员</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>Did</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>What</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>Changes (old → new)</source>
      <translation>变更（旧 → 新）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>Audit trail</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>anyone</source>
      <translation>任何人</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>anything</source>
      <translation>任何操作</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>any record</source>
      <translation>任何记录</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>words in the description or the changes</source>
      <translation>内容或变更中的文字</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>&amp;Filter</source>
      <translation>筛选(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>&amp;Reset</source>
      <translation>重置(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>&amp;Who:</source>
      <translation>人员(&amp;W)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>&amp;Did:</source>
      <translation>操作(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>Re&amp;cord:</source>
      <translation>记录(&amp;C)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>Fr&amp;om:</source>
      <translation>从(&amp;O)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>&amp;To:</source>
      <translation>到(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>Te&amp;xt:</source>
      <translation>文字(&amp;X)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>any day</source>
      <translation>任意日期</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>{count} entries shown, newest first; scroll for older ones</source>
      <translation>已显示 {count} 条，最新的在前；向下滚动查看更早的记录</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>1 entry</source>
      <translation>1 条记录</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/audit.py" />
      <source>{count} entries, newest first</source>
      <translation>{count} 条记录，最新的在前</translation>
    </message>
  </context>
  <context>
    <name>Background</name>
    <message>
      <location filename="../../ui/background.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../ui/background.py" />
      <source>{done} {unit} so far</source>
      <translation>已完成 {done} {unit}</translation>
    </message>
    <message>
      <location filename="../../ui/background.py" />
      <location filename="../../ui/tour.py" />
      <source>{done} of {total} {unit}</source>
      <translation>{done} / {total} {unit}</translation>
    </message>
    <message>
      <location filename="../../ui/background.py" />
      <source>Stopping…</source>
      <translation>正在停止…</translation>
    </message>
  </context>
  <context>
    <name>BookingDialog</name>
    <message>
      <location filename="../../ui/dialogs/booking.py" />
      <source>Change test drive</source>
      <translation>修改试驾</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/booking.py" />
      <source>Book a test drive</source>
      <translation>预约试驾</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/booking.py" />
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/booking.py" />
      <source>e.g. motorway stretch and back, or the customer's commute</source>
      <translation>例如：高速路段往返，或客户的通勤路线</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/booking.py" />
      <source>C&amp;ustomer:</source>
      <translation>客户(&amp;U)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/booking.py" />
      <source>Ca&amp;r:</source>
      <translation>车辆(&amp;R)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/booking.py" />
      <source>C&amp;onsultant:</source>
      <translation>销售顾问(&amp;O)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/booking.py" />
      <source>&amp;When:</source>
      <translation>时间(&amp;W)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/booking.py" />
      <source>Rou&amp;te:</source>
      <translation>路线(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/booking.py" />
      <source>Save changes</source>
      <translation>保存修改</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/booking.py" />
      <source>Book</source>
      <translation>预约</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/booking.py" />
      <source>Ctrl+Return</source>
      <translation>Ctrl+Return</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/booking.py" />
      <source>Starts</source>
      <translation>开始</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/booking.py" />
      <source>Minutes</source>
      <translation>分钟</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/booking.py" />
      <source>Car</source>
      <translation>车辆</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/booking.py" />
      <source>Consultant</source>
      <translation>销售顾问</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/booking.py" />
      <source>Route</source>
      <translation>路线</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/booking.py" />
      <source>Nothing else is free nearby: choose another time or car.</source>
      <translation>附近没有其他空闲时段：请选择其他时间或车辆。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/booking.py" />
      <source>Book {when} instead</source>
      <translation>改约 {when}</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/booking.py" />
      <source>Take the {car} instead</source>
      <translation>改用 {car}</translation>
    </message>
    <message>
      <source>Name, phone, e-mail, plate or VIN</source>
      <translation type="obsolete">姓名、电话、邮箱、车牌或车架号</translation>
    </message>
  </context>
  <context>
    <name>BoutiqueDialog</name>
    <message>
      <location filename="../../ui/dialogs/boutique.py" />
      <source>Accessory</source>
      <translation>精品</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/boutique.py" />
      <source>Price</source>
      <translation>价格</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/boutique.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/boutique.py" />
      <source>In the catalogue</source>
      <translation>在售</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/boutique.py" />
      <source>Retired</source>
      <translation>已下架</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/boutique.py" />
      <source>Boutique catalogue</source>
      <translation>精品目录</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/boutique.py" />
      <source>In the &amp;catalogue (untick to retire it)</source>
      <translation>在售（取消勾选即下架）(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/boutique.py" />
      <source>&amp;Name:</source>
      <translation>名称(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/boutique.py" />
      <source>&amp;Price ({currency}):</source>
      <translation>价格（{currency}）(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/boutique.py" />
      <source>Ne&amp;w accessory</source>
      <translation>新建精品(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/boutique.py" />
      <source>Clear the form for a new accessory (Ctrl+N)</source>
      <translation>清空表单以新建精品（Ctrl+N）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/boutique.py" />
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/boutique.py" />
      <source>Save the accessory (Ctrl+S)</source>
      <translation>保存精品（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/boutique.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/boutique.py" />
      <source>Only a manager or an admin can change the catalogue.</source>
      <translation>只有经理或管理员可以修改商品目录。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/boutique.py" />
      <source>New accessory</source>
      <translation>新建精品</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/boutique.py" />
      <source>Editing “{name}”</source>
      <translation>正在编辑“{name}”</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/boutique.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/boutique.py" />
      <source>Offered</source>
      <translation>在售</translation>
    </message>
  </context>
  <context>
    <name>CancelDriveDialog</name>
    <message>
      <location filename="../../ui/dialogs/cancel_drive.py" />
      <source>Cancel test drive</source>
      <translation>取消试驾</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/cancel_drive.py" />
      <source>Cancel this test drive? The car and the time become free.</source>
      <translation>取消此次试驾？车辆和时段将被释放。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/cancel_drive.py" />
      <source>e.g. customer rang, car needed elsewhere (optional)</source>
      <translation>例如：客户来电取消、车辆另有安排（选填）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/cancel_drive.py" />
      <source>&amp;Reason:</source>
      <translation>原因(&amp;R)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/cancel_drive.py" />
      <source>Cancel the booking</source>
      <translation>取消预约</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/cancel_drive.py" />
      <source>Keep it</source>
      <translation>保留预约</translation>
    </message>
  </context>
  <context>
    <name>CheckInDialog</name>
    <message>
      <location filename="../../ui/dialogs/check_in.py" />
      <source>Check in: {customer}</source>
      <translation>还车：{customer}</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_in.py" />
      <source>Left at {time} with {km} km and {fuel} % fuel / charge.</source>
      <translation>{time} 出发，里程 {km} 公里，油量 / 电量 {fuel} %。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_in.py" />
      <source> km</source>
      <translation> 公里</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_in.py" />
      <source>Scratches, chips, warning lights… (empty if none)</source>
      <translation>划痕、掉漆、故障灯…（没有则留空）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_in.py" />
      <source>No rating given</source>
      <translation>未评分</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_in.py" />
      <source>What the customer liked or missed</source>
      <translation>客户喜欢或不满意的地方</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_in.py" />
      <source>The car as it comes back</source>
      <translation>还车时的车况</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_in.py" />
      <source>&amp;Odometer:</source>
      <translation>里程表(&amp;O)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_in.py" />
      <source>&amp;Fuel / charge:</source>
      <translation>油量 / 电量(&amp;F)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_in.py" />
      <source>&amp;Damage:</source>
      <translation>损伤(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_in.py" />
      <source>Car &amp;goes to:</source>
      <translation>车辆去向(&amp;G)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_in.py" />
      <source>Feedback</source>
      <translation>反馈</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_in.py" />
      <source>&amp;Rating:</source>
      <translation>评分(&amp;R)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_in.py" />
      <source>Co&amp;mment:</source>
      <translation>备注(&amp;M)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_in.py" />
      <source>Check in</source>
      <translation>还车</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_in.py" />
      <source>Ctrl+Return</source>
      <translation>Ctrl+Return</translation>
    </message>
  </context>
  <context>
    <name>CheckOutDialog</name>
    <message>
      <source>not entered (e.g. 31/05/2031)</source>
      <translation>未填写（例如 31/05/2031）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source>{customer} · {car} · {day} {start}–{end} · with {consultant}</source>
      <translation>{customer} · {car} · {day} {start}–{end} · 顾问 {consultant}</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source>Check out: {customer}</source>
      <translation>出车：{customer}</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source>{masked} on file: leave empty to keep it</source>
      <translation>已存档 {masked}：留空则保持不变</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source>as printed on the licence</source>
      <translation>与驾照上一致</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source>&amp;Show</source>
      <translation>显示(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source>Show the licence number on file in full (recorded in the audit trail)</source>
      <translation>完整显示存档的驾照号码（记入审计日志）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source>e.g. United Kingdom, or USA, California</source>
      <translation>例如：中国，或美国加利福尼亚州</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source>not entered</source>
      <translation>未填写</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source>I compared the licence photo with the customer</source>
      <translation>我已核对驾照照片与客户本人</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source> km</source>
      <translation> 公里</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source>Driving licence</source>
      <translation>驾驶证</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source>&amp;Number:</source>
      <translation>证号(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source>Issued &amp;in:</source>
      <translation>签发地(&amp;I)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source>&amp;Expires:</source>
      <translation>有效期至(&amp;E)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source>The car as it leaves</source>
      <translation>出车时的车况</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source>&amp;Odometer:</source>
      <translation>里程表(&amp;O)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source>&amp;Fuel / charge:</source>
      <translation>油量 / 电量(&amp;F)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source>Save licence</source>
      <translation>保存驾照</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source>Keep the licence details without checking the car out yet</source>
      <translation>先保存驾照信息，暂不出车</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source>&amp;Print agreement</source>
      <translation>打印协议(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source>Save the licence and print the agreement for signing (Ctrl+P)</source>
      <translation>保存驾照并打印协议供签字（Ctrl+P）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source>Check out</source>
      <translation>出车</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source>Ctrl+Return</source>
      <translation>Ctrl+Return</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/check_out.py" />
      <source>On file: {number}</source>
      <translation>存档：{number}</translation>
    </message>
  </context>
  <context>
    <name>ChecklistTemplate</name>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>One line</source>
      <translation>单行</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>One line per car on display</source>
      <translation>每辆展车一行</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>One line per test-drive car</source>
      <translation>每辆试驾车一行</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Walk-ins of the day (counted)</source>
      <translation>当日到店客户（计数）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Check</source>
      <translation>检查项</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Lines</source>
      <translation>行数</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Due</source>
      <translation>截止</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Count</source>
      <translation>计数</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Edit the section</source>
      <translation>编辑分区</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>New section</source>
      <translation>新建分区</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>e.g. 09:00</source>
      <translation>例如 09:00</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>&amp;Title:</source>
      <translation>标题(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Done &amp;by:</source>
      <translation>完成时间(&amp;B)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Done by</source>
      <translation>完成时间</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Edit the check</source>
      <translation>编辑检查项</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>New check</source>
      <translation>新建检查项</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>the section's time</source>
      <translation>按分区时间</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>nothing to count</source>
      <translation>无需计数</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>&amp;Check:</source>
      <translation>检查项(&amp;C)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>&amp;Lines:</source>
      <translation>行数(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>C&amp;ount:</source>
      <translation>计数(&amp;O)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Checklist template</source>
      <translation>检查表模板</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Changes apply from the next checklist generated; days already kept stay as they were. Per-car checks make one line for each car on display (or each test-drive car) on the morning the checklist is generated.</source>
      <translation>修改从下一份生成的检查表开始生效；已保存的日期保持不变。按车检查项会在生成检查表的当天早上，为每辆展车（或每辆试驾车）各生成一行。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Add &amp;check…</source>
      <translation>添加检查项(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Add a check to the section (Insert)</source>
      <translation>向分区添加检查项（Insert）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Add &amp;section…</source>
      <translation>添加分区(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Add a section (Ctrl+Insert)</source>
      <translation>添加分区（Ctrl+Insert）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>&amp;Edit…</source>
      <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Edit (Return)</source>
      <translation>编辑（Return）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>&amp;Delete</source>
      <translation>删除(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Delete (Delete)</source>
      <translation>删除（Delete）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Move &amp;up</source>
      <translation>上移(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Move up (Ctrl+Up)</source>
      <translation>上移（Ctrl+Up）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Move do&amp;wn</source>
      <translation>下移(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Move down (Ctrl+Down)</source>
      <translation>下移（Ctrl+Down）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Delete the check “{what}” from the template?</source>
      <translation>从模板中删除检查项“{what}”？</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Delete the section “{what}” and all its checks from the template?</source>
      <translation>从模板中删除分区“{what}”及其全部检查项？</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_template.py" />
      <source>Delete</source>
      <translation>删除</translation>
    </message>
  </context>
  <context>
    <name>Conflict</name>
    <message>
      <location filename="../../ui/dialogs/conflict.py" />
      <source>Changed on another PC</source>
      <translation>已在另一台电脑上修改</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/conflict.py" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/conflict.py" />
      <source>When you opened it</source>
      <translation>打开时</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/conflict.py" />
      <source>Theirs now</source>
      <translation>对方当前</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/conflict.py" />
      <source>Yours</source>
      <translation>您的</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/conflict.py" />
      <source>&amp;Reload theirs</source>
      <translation>载入对方的版本(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/conflict.py" />
      <source>Apply &amp;my changes to theirs</source>
      <translation>将我的修改应用到对方版本(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/conflict.py" />
      <source>Amber: changed on the other PC. Blue: your changes. Reload theirs to drop yours, or apply yours: the fields you did not touch keep their values.</source>
      <translation>琥珀色：另一台电脑上的修改。蓝色：您的修改。载入对方的版本将放弃您的修改；应用您的修改时，您未改动的字段保留对方的值。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/conflict.py" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/conflict.py" />
      <source>no</source>
      <translation>否</translation>
    </message>
  </context>
  <context>
    <name>CustomerCard</name>
    <message>
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Walk-in</source>
      <translation>到店</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Web</source>
      <translation>网络</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Referral</source>
      <translation>转介绍</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Event</source>
      <translation>活动</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Visit</source>
      <translation>到店</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Call</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Message</source>
      <translation>短信</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>E-mail</source>
      <translation>邮件</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Test drive</source>
      <translation>试驾</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Deal step</source>
      <translation>订单步骤</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Delivery</source>
      <translation>交车</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Complaint</source>
      <translation>投诉</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Intent level</source>
      <translation>意向级别</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Lost sale</source>
      <translation>战败</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>&amp;Card</source>
      <translation>资料卡(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>What</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Who</source>
      <translation>人员</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>&amp;Timeline</source>
      <translation>时间线(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Due</source>
      <translation>截止</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>&amp;Follow-ups</source>
      <translation>跟进(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>F&amp;ile</source>
      <translation>档案(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>&amp;We owe</source>
      <translation>待兑现承诺(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>&amp;Log contact…</source>
      <translation>记录联系(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Log a call, message, e-mail or visit (Ctrl+L)</source>
      <translation>记录电话、短信、邮件或到店（Ctrl+L）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Save the card (Ctrl+S)</source>
      <translation>保存资料卡（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Satisfaction sur&amp;vey…</source>
      <translation>满意度回访(&amp;V)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Record the score and comment of the next satisfaction call after a delivery</source>
      <translation>记录交车后下一次满意度回访的评分和意见</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>&amp;Print card…</source>
      <translation>打印资料卡(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Print the customer card and keep it in the file (Ctrl+P)</source>
      <translation>打印客户资料卡并存入档案（Ctrl+P）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Full &amp;name</source>
      <translation>姓名(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>&amp;Phone (primary)</source>
      <translation>电话（主）(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Phone 2</source>
      <translation>电话 2</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Phone 3</source>
      <translation>电话 3</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>&amp;E-mail</source>
      <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>&amp;Status</source>
      <translation>状态(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Sou&amp;rce</source>
      <translation>来源(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Consu&amp;ltant</source>
      <translation>销售顾问(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Lan&amp;guage</source>
      <translation>语言(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Preferred c&amp;hannel</source>
      <translation>首选联系方式(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Preferred &amp;time</source>
      <translation>首选时间(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>&amp;Address</source>
      <translation>地址(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>&amp;Models of interest</source>
      <translation>意向车型(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Budget &amp;from</source>
      <translation>预算下限(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Budget t&amp;o</source>
      <translation>预算上限(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>T&amp;imeframe</source>
      <translation>购车时间(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Now</source>
      <translation>立即</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>1–3 months</source>
      <translation>1–3 个月</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>3–6 months</source>
      <translation>3–6 个月</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Later than 6 months</source>
      <translation>6 个月以后</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Trade-in make</source>
      <translation>置换车品牌</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Trade-in model</source>
      <translation>置换车型</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Trade-in year</source>
      <translation>置换车年份</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Trade-in mileage (km)</source>
      <translation>置换车里程（公里）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Trade-in plate</source>
      <translation>置换车车牌</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Trade-in VIN</source>
      <translation>置换车车架号</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Agrees to be &amp;contacted</source>
      <translation>同意接受联系(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>N&amp;otes</source>
      <translation>备注(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Contact</source>
      <translation>联系方式</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Sales</source>
      <translation>销售</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Trade-in</source>
      <translation>置换</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>New customer</source>
      <translation>新客户</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Consent given on {date}</source>
      <translation>已于 {date} 同意</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>reprint</source>
      <translation>重新打印</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Promised by</source>
      <translation>承诺期限</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Mark &amp;done</source>
      <translation>标为已兑现(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>The selected item was given to the customer</source>
      <translation>所选事项已交付客户</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>to be agreed</source>
      <translation>待商定</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>&amp;We owe ({count})</source>
      <translation>待兑现承诺（{count}）(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Printed</source>
      <translation>打印时间</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Document</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Pages</source>
      <translation>页数</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>By</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>&amp;Open</source>
      <translation>打开(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>&amp;Reprint</source>
      <translation>重新打印(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Print the archived original again; the reprint is logged</source>
      <translation>再次打印存档原件；重新打印会被记录</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>Possible duplicate</source>
      <translation>可能重复</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>This card's phone or e-mail belongs to another customer already:</source>
      <translation>此资料卡的电话或邮箱已属于另一位客户：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>{name} (customer {id}): same {what} {value}</source>
      <translation>{name}（客户 {id}）：{what}相同 {value}</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>e-mail</source>
      <translation>邮箱</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>&amp;Open that card</source>
      <translation>打开那张资料卡(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>&amp;Merge into that card</source>
      <translation>合并到那张资料卡(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_card.py" />
      <source>&amp;Save as a separate customer</source>
      <translation>另存为新客户(&amp;S)</translation>
    </message>
    <message>
      <source>Changed on another PC</source>
      <translation type="obsolete">已在另一台电脑上修改</translation>
    </message>
    <message>
      <source>Field</source>
      <translation type="obsolete">字段</translation>
    </message>
    <message>
      <source>When you opened it</source>
      <translation type="obsolete">打开时</translation>
    </message>
    <message>
      <source>Theirs now</source>
      <translation type="obsolete">对方当前</translation>
    </message>
    <message>
      <source>Yours</source>
      <translation type="obsolete">您的</translation>
    </message>
    <message>
      <source>yes</source>
      <translation type="obsolete">是</translation>
    </message>
    <message>
      <source>no</source>
      <translation type="obsolete">否</translation>
    </message>
    <message>
      <source>&amp;Reload theirs</source>
      <translation type="obsolete">载入对方的版本(&amp;R)</translation>
    </message>
    <message>
      <source>Apply &amp;my changes to theirs</source>
      <translation type="obsolete">将我的修改应用到对方版本(&amp;M)</translation>
    </message>
  </context>
  <context>
    <name>CustomerListModel</name>
    <message>
      <location filename="../../ui/models/customers.py" />
      <source>Lead</source>
      <translation>线索</translation>
    </message>
    <message>
      <location filename="../../ui/models/customers.py" />
      <source>Prospect</source>
      <translation>意向客户</translation>
    </message>
    <message>
      <location filename="../../ui/models/customers.py" />
      <source>Customer</source>
      <translation>成交客户</translation>
    </message>
    <message>
      <location filename="../../ui/models/customers.py" />
      <source>Owner</source>
      <translation>车主</translation>
    </message>
    <message>
      <location filename="../../ui/models/customers.py" />
      <source>Lost</source>
      <translation>战败</translation>
    </message>
    <message>
      <location filename="../../ui/models/customers.py" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../ui/models/customers.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../ui/models/customers.py" />
      <source>E-mail</source>
      <translation>邮箱</translation>
    </message>
    <message>
      <location filename="../../ui/models/customers.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../ui/models/customers.py" />
      <source>Consultant</source>
      <translation>销售顾问</translation>
    </message>
    <message>
      <location filename="../../ui/models/customers.py" />
      <source>Since</source>
      <translation>建档时间</translation>
    </message>
  </context>
  <context>
    <name>CustomerPicker</name>
    <message>
      <location filename="../../ui/dialogs/customer_picker.py" />
      <source>Which customer is the plan for?</source>
      <translation>这个方案是给哪位客户的？</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_picker.py" />
      <source>Name, phone, e-mail, plate or VIN</source>
      <translation>姓名、电话、邮箱、车牌或车架号</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/customer_picker.py" />
      <source>Type to search; ↓ to the list; Return picks the customer.</source>
      <translation>输入即可搜索；按 ↓ 进入列表；按 Return 选择客户。</translation>
    </message>
  </context>
  <context>
    <name>CustomerSearch</name>
    <message>
      <location filename="../../ui/widgets/customer_search.py" />
      <source>Name, phone, e-mail, plate or VIN</source>
      <translation>姓名、电话、邮箱、车牌或车架号</translation>
    </message>
  </context>
  <context>
    <name>CustomersPage</name>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>New customer</source>
      <translation>新客户</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>Create a customer card (Ctrl+N)</source>
      <translation>新建客户资料卡（Ctrl+N）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>All customers</source>
      <translation>全部客户</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>Due</source>
      <translation>截止</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>Assigned to</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>My follow-ups</source>
      <translation>我的跟进</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>In</source>
      <translation>到店</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>Out</source>
      <translation>离店</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>Party</source>
      <translation>人数</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>Purpose</source>
      <translation>目的</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>Consultant</source>
      <translation>销售顾问</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>Walk-ins today</source>
      <translation>今日到店</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>Search name, phone, e-mail, plate or VIN  (Ctrl+K)</source>
      <translation>搜索姓名、电话、邮箱、车牌或车架号（Ctrl+K）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>Any status</source>
      <translation>所有状态</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>Any consultant</source>
      <translation>所有顾问</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>Any source</source>
      <translation>所有来源</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>Any follow-up</source>
      <translation>所有跟进</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>Follow-up overdue</source>
      <translation>跟进已逾期</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>Follow-up due today</source>
      <translation>今天需跟进</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>Follow-up this week</source>
      <translation>本周需跟进</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>{count} customers</source>
      <translation>{count} 位客户</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>More than {count} customers</source>
      <translation>超过 {count} 位客户</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>{due} due today, {overdue} overdue. Press Return to log the contact.</source>
      <translation>今天到期 {due} 项，逾期 {overdue} 项。按 Return 记录联系。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>Anonymous: </source>
      <translation>匿名：</translation>
    </message>
    <message>
      <location filename="../../ui/pages/customers/page.py" />
      <source>{visits} walk-ins, {visitors} visitors, {anonymous} not yet linked. Per hour: {hours}. Purpose: {purposes}. Consultants: {people}. Return on a visit still open records its time out.</source>
      <translation>到店 {visits} 批，共 {visitors} 人，{anonymous} 批尚未关联客户。每小时：{hours}。目的：{purposes}。销售顾问：{people}。在未结束的到店记录上按 Return 即记录离店时间。</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="../../showroom/dashboard/sections/appointments.py" />
      <source>My test drives today</source>
      <translation>我今天的试驾</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/appointments.py" />
      <location filename="../../showroom/dashboard/sections/walk_ins.py" />
      <source>Test drive</source>
      <translation>试驾</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/appointments.py" />
      <location filename="../../showroom/dashboard/sections/test_drives.py" />
      <source>Not back</source>
      <translation>未还车</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/appointments.py" />
      <source>My follow-ups due today</source>
      <translation>我今天需跟进</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/appointments.py" />
      <location filename="../../showroom/dashboard/sections/follow_ups.py" />
      <source>Follow-up</source>
      <translation>跟进</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/appointments.py" />
      <source>Due today</source>
      <translation>今天到期</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/appointments.py" />
      <source>My appointments today</source>
      <translation>我今天的预约</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/appointments.py" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/appointments.py" />
      <location filename="../../showroom/dashboard/sections/deliveries.py" />
      <source>What</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/appointments.py" />
      <location filename="../../showroom/dashboard/sections/deals.py" />
      <location filename="../../showroom/dashboard/sections/deliveries.py" />
      <location filename="../../showroom/dashboard/sections/follow_ups.py" />
      <location filename="../../showroom/dashboard/sections/sales.py" />
      <location filename="../../showroom/dashboard/sections/test_drives.py" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/appointments.py" />
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/appointments.py" />
      <location filename="../../showroom/dashboard/sections/showroom_day.py" />
      <location filename="../../showroom/dashboard/sections/test_drives.py" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deals.py" />
      <source>My deals' next steps</source>
      <translation>我的订单下一步</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deals.py" />
      <source>Next steps due by today</source>
      <translation>截至今天到期的下一步</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deals.py" />
      <location filename="../../showroom/dashboard/sections/deliveries.py" />
      <location filename="../../showroom/dashboard/sections/tasks.py" />
      <source>some overdue</source>
      <translation>部分已逾期</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deals.py" />
      <source>Deals</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deals.py" />
      <source>Deals blocked</source>
      <translation>受阻订单</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deals.py" />
      <source>Longest blocked, days</source>
      <translation>最长受阻天数</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deals.py" />
      <source>Blocked deals per consultant</source>
      <translation>各顾问受阻订单</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deals.py" />
      <source>Blocked deals of</source>
      <translation>受阻订单：</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deals.py" />
      <source>Blocked deals</source>
      <translation>受阻订单</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deals.py" />
      <source>Days blocked</source>
      <translation>受阻天数</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deals.py" />
      <source>Since</source>
      <translation>起始日期</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deals.py" />
      <location filename="../../showroom/dashboard/sections/deliveries.py" />
      <location filename="../../showroom/dashboard/sections/sales.py" />
      <location filename="../../showroom/dashboard/sections/test_drives.py" />
      <location filename="../../showroom/dashboard/sections/walk_ins.py" />
      <source>Consultant</source>
      <translation>销售顾问</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deals.py" />
      <source>Overdue steps</source>
      <translation>逾期步骤</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deals.py" />
      <source>Most overdue step</source>
      <translation>逾期最久的步骤</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deals.py" />
      <source>No step done lately</source>
      <translation>近期无步骤完成</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deals.py" />
      <location filename="../../showroom/dashboard/sections/follow_ups.py" />
      <location filename="../../showroom/dashboard/sections/sales.py" />
      <location filename="../../showroom/dashboard/sections/showroom_day.py" />
      <location filename="../../showroom/dashboard/sections/tasks.py" />
      <source>Due</source>
      <translation>到期</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deals.py" />
      <source>Checklist</source>
      <translation>清单</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deals.py" />
      <source>Next step</source>
      <translation>下一步</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deliveries.py" />
      <source>My deliveries</source>
      <translation>我的交车</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deliveries.py" />
      <source>Deliveries</source>
      <translation>交车</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deliveries.py" />
      <source>Deliveries today</source>
      <translation>今日交车</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deliveries.py" />
      <source>some handed over</source>
      <translation>部分已交车</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deliveries.py" />
      <source>Planned this week</source>
      <translation>本周已安排</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deliveries.py" />
      <source>Not ready yet</source>
      <translation>尚未就绪</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deliveries.py" />
      <source>checklists open</source>
      <translation>清单未完成</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deliveries.py" />
      <source>We owe</source>
      <translation>待兑现承诺</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deliveries.py" />
      <source>Deliveries this week</source>
      <translation>本周交车</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deliveries.py" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deliveries.py" />
      <source>Bay</source>
      <translation>交车位</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deliveries.py" />
      <location filename="../../showroom/dashboard/sections/test_drives.py" />
      <source>Car</source>
      <translation>车辆</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deliveries.py" />
      <source>Readiness</source>
      <translation>准备情况</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deliveries.py" />
      <source>handed over</source>
      <translation>已交车</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deliveries.py" />
      <source>Promised by</source>
      <translation>承诺期限</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deliveries.py" />
      <source>My deliveries today</source>
      <translation>我今天的交车</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deliveries.py" />
      <source>Delivery</source>
      <translation>交车</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deliveries.py" />
      <source>Handed over</source>
      <translation>已交车</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deliveries.py" />
      <source>Ready</source>
      <translation>已就绪</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/deliveries.py" />
      <source>Not ready</source>
      <translation>未就绪</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/follow_ups.py" />
      <source>Follow-ups due and done, last 14 days</source>
      <translation>近 14 天到期及已完成的跟进</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/follow_ups.py" />
      <location filename="../../showroom/dashboard/sections/showroom_day.py" />
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/follow_ups.py" />
      <source>My follow-ups</source>
      <translation>我的跟进</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/follow_ups.py" />
      <source>My follow-ups due</source>
      <translation>我的待跟进</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/follow_ups.py" />
      <source>My overdue follow-ups</source>
      <translation>我的逾期跟进</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/follow_ups.py" />
      <source>My return visits today</source>
      <translation>我今天的回访到店</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/follow_ups.py" />
      <source>Follow-ups</source>
      <translation>跟进</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/follow_ups.py" />
      <source>Overdue follow-ups</source>
      <translation>逾期跟进</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/follow_ups.py" />
      <source>Follow-ups due today</source>
      <translation>今天需跟进</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/follow_ups.py" />
      <source>Appointments today</source>
      <translation>今日预约</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/follow_ups.py" />
      <source>Overdue follow-ups per consultant</source>
      <translation>各顾问逾期跟进</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/follow_ups.py" />
      <source>Return visit</source>
      <translation>回访到店</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/follow_ups.py" />
      <source>Satisfaction call</source>
      <translation>满意度回访</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/follow_ups.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/follow_ups.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/follow_ups.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/follow_ups.py" />
      <source>Assigned to</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/follow_ups.py" />
      <source>Follow-ups due today and overdue</source>
      <translation>今天到期及逾期的跟进</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/sales.py" />
      <source>My overdue prospects</source>
      <translation>我逾期未回访的潜客</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/sales.py" />
      <source>Overdue prospects</source>
      <translation>逾期未回访的潜客</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/sales.py" />
      <source>Lost sales to decide</source>
      <translation>待审批的战败申请</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/sales.py" />
      <source>Orders this month</source>
      <translation>本月订单</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/sales.py" />
      <source>Deliveries this month</source>
      <translation>本月交车</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/sales.py" />
      <source>Sales</source>
      <translation>销售</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/sales.py" />
      <source>Level</source>
      <translation>级别</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/sales.py" />
      <source>Last contact</source>
      <translation>最近联系</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/showroom_day.py" />
      <source>Open</source>
      <translation>待完成</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/showroom_day.py" />
      <source>Failed</source>
      <translation>不合格</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/showroom_day.py" />
      <source>Showroom checklist</source>
      <translation>展厅检查表</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/showroom_day.py" />
      <source>Checks done</source>
      <translation>已完成检查</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/showroom_day.py" />
      <source>not started yet</source>
      <translation>尚未开始</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/showroom_day.py" />
      <source>signed off</source>
      <translation>已确认</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/showroom_day.py" />
      <source>Checks past their time</source>
      <translation>已过时间的检查</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/showroom_day.py" />
      <source>Checks failed</source>
      <translation>不合格检查</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/showroom_day.py" />
      <source>Checks failed today</source>
      <translation>今日不合格检查</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/showroom_day.py" />
      <source>Check</source>
      <translation>检查项</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/showroom_day.py" />
      <source>By</source>
      <translation>检查人</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/showroom_day.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/showroom_day.py" />
      <source>To fix</source>
      <translation>待整改</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/tasks.py" />
      <source>My tasks</source>
      <translation>我的任务</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/tasks.py" />
      <source>My open tasks</source>
      <translation>我的待办任务</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/tasks.py" />
      <source>Tasks</source>
      <translation>任务</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/tasks.py" />
      <source>Open tasks</source>
      <translation>待办任务</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/tasks.py" />
      <source>Overdue tasks</source>
      <translation>逾期任务</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/tasks.py" />
      <source>Open tasks per person</source>
      <translation>各人待办任务</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/tasks.py" />
      <source>Open tasks of</source>
      <translation>待办任务：</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/tasks.py" />
      <source>Task</source>
      <translation>任务</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/tasks.py" />
      <source>What was wrong</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/tasks.py" />
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/tasks.py" />
      <source>Given by</source>
      <translation>指派人</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/test_drives.py" />
      <source>Booked</source>
      <translation>已预约</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/test_drives.py" />
      <source>Out on the road</source>
      <translation>试驾途中</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/test_drives.py" />
      <source>Returned</source>
      <translation>已还车</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/test_drives.py" />
      <source>No-show</source>
      <translation>爽约</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/test_drives.py" />
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/test_drives.py" />
      <source>Test drives booked today</source>
      <translation>今日预约试驾</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/test_drives.py" />
      <source>Test drives done today</source>
      <translation>今日完成试驾</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/test_drives.py" />
      <source>No-shows today</source>
      <translation>今日爽约</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/test_drives.py" />
      <source>Cars not back on time</source>
      <translation>未按时还车</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/test_drives.py" />
      <source>Test drives still to come today</source>
      <translation>今日待进行试驾</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/test_drives.py" />
      <source>Test drives</source>
      <translation>试驾</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/test_drives.py" />
      <source>Still to come today</source>
      <translation>今日待进行</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/test_drives.py" />
      <source>Test drives today per consultant</source>
      <translation>各顾问今日试驾</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/test_drives.py" />
      <source>Start</source>
      <translation>开始</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/test_drives.py" />
      <source>End</source>
      <translation>结束</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/test_drives.py" />
      <source>Test drives today of</source>
      <translation>今日试驾：</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/walk_ins.py" />
      <source>Browsing</source>
      <translation>随便看看</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/walk_ins.py" />
      <source>Purchase talk</source>
      <translation>洽谈购车</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/walk_ins.py" />
      <source>Pick-up</source>
      <translation>提车</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/walk_ins.py" />
      <source>Service</source>
      <translation>售后服务</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/walk_ins.py" />
      <source>Walk-ins per hour</source>
      <translation>每小时到店</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/walk_ins.py" />
      <source>Walk-ins</source>
      <translation>到店</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/walk_ins.py" />
      <source>Walk-ins today</source>
      <translation>今日到店</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/walk_ins.py" />
      <source>My walk-ins today</source>
      <translation>我今天的到店</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/walk_ins.py" />
      <source>Walk-ins in the showroom</source>
      <translation>展厅内的到店客户</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/walk_ins.py" />
      <source>Visitors (with their parties)</source>
      <translation>来客（含同行人）</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/walk_ins.py" />
      <source>In the showroom now</source>
      <translation>当前在展厅</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/walk_ins.py" />
      <source>Not linked to a customer</source>
      <translation>未关联客户</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/walk_ins.py" />
      <source>Walk-ins per consultant</source>
      <translation>各顾问到店</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/walk_ins.py" />
      <source>Walk-ins today of</source>
      <translation>今日到店：</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/walk_ins.py" />
      <source>Walk-ins today not linked to a customer</source>
      <translation>今日未关联客户的到店</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/walk_ins.py" />
      <source>Visitors in the showroom now</source>
      <translation>当前在展厅的来客</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/walk_ins.py" />
      <source>In</source>
      <translation>到店</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/walk_ins.py" />
      <source>Out</source>
      <translation>离店</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/walk_ins.py" />
      <source>Customer or visitor</source>
      <translation>客户或来客</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/walk_ins.py" />
      <source>Party</source>
      <translation>人数</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/sections/walk_ins.py" />
      <source>Purpose</source>
      <translation>目的</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/domain.py" />
      <source>car to order</source>
      <translation>待订车</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/domain.py" />
      <source>checklists done</source>
      <translation>清单已完成</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/domain.py" />
      <source>1 checklist item open</source>
      <translation>清单 1 项未完成</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/domain.py" />
      <source>{count} checklist items open</source>
      <translation>清单 {count} 项未完成</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/domain.py" />
      <source>PDI {done}/{total}</source>
      <translation>PDI {done}/{total}</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/domain.py" />
      <source>ceremony {done}/{total}</source>
      <translation>交车仪式 {done}/{total}</translation>
    </message>
    <message>
      <source>to order</source>
      <translation type="obsolete">待订车</translation>
    </message>
  </context>
  <context>
    <name>DashboardListDialog</name>
    <message>
      <location filename="../../ui/dialogs/dashboard_list.py" />
      <source>Mark the task done</source>
      <translation>将任务标为已完成</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/dashboard_list.py" />
      <source>What was done, in a few words (optional)</source>
      <translation>完成了什么，简单几句（选填）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/dashboard_list.py" />
      <source>Mark done</source>
      <translation>标为已完成</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/dashboard_list.py" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/dashboard_list.py" />
      <source>What was done</source>
      <translation>完成事项</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/dashboard_list.py" />
      <source>Mark task &amp;done…</source>
      <translation>将任务标为已完成(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/dashboard_list.py" />
      <source>The first {shown} of {total}, oldest first</source>
      <translation>最早的 {shown} 条（共 {total} 条）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/dashboard_list.py" />
      <source>No rows</source>
      <translation>没有记录</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/dashboard_list.py" />
      <source>{count} in all</source>
      <translation>共 {count} 条</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/dashboard_list.py" />
      <source>Return opens the customer's card.</source>
      <translation>按 Return 打开客户资料卡。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/dashboard_list.py" />
      <source>Return or Ctrl+D marks the task done.</source>
      <translation>按 Return 或 Ctrl+D 将任务标为已完成。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/dashboard_list.py" />
      <source>Return opens the day's checklist.</source>
      <translation>按 Return 打开当天的检查表。</translation>
    </message>
  </context>
  <context>
    <name>DateFormats</name>
    <message>
      <location filename="../../ui/dialogs/booking.py" />
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <location filename="../../ui/pages/deliveries/page.py" />
      <location filename="../../ui/widgets/dates.py" />
      <source>ddd d MMM yyyy</source>
      <translation>yyyy年M月d日 ddd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <location filename="../../ui/pages/showroom_day/page.py" />
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>dddd d MMMM yyyy</source>
      <translation>yyyy年M月d日 dddd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>MMMM yyyy</source>
      <translation>yyyy年M月</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/calendar.py" />
      <location filename="../../ui/pages/today/page.py" />
      <source>ddd d</source>
      <translation>d日 ddd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>d MMMM yyyy</source>
      <translation>yyyy年M月d日</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/dates.py" />
      <source>ddd d MMM</source>
      <translation>M月d日 ddd</translation>
    </message>
  </context>
  <context>
    <name>DealDialog</name>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Add an item to {checklist}</source>
      <translation>向{checklist}添加事项</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Asks for a &amp;value (a number, a date…)</source>
      <translation>需要填写数值（数字、日期…）(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>&amp;Title:</source>
      <translation>标题(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>&amp;Due:</source>
      <translation>截止(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>must not be empty</source>
      <translation>不能为空</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Selected item</source>
      <translation>所选事项</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>no due date</source>
      <translation>无截止日期</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Tick</source>
      <translation>勾选</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Mark done, or an accessory's next stage (Space)</source>
      <translation>标为已完成，或推进精品到下一阶段（Space）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>&amp;Reopen…</source>
      <translation>重新打开(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Undo a done step, saying why (Ctrl+R)</source>
      <translation>撤销已完成的步骤并说明原因（Ctrl+R）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>&amp;Save details</source>
      <translation>保存详情(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Save value, note, responsible and due date (Ctrl+S)</source>
      <translation>保存数值、备注、负责人和截止日期（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>&amp;Value:</source>
      <translation>数值(&amp;V)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>N&amp;ote:</source>
      <translation>备注(&amp;O)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Res&amp;ponsible:</source>
      <translation>负责人(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>D&amp;ue:</source>
      <translation>截止(&amp;U)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>&amp;Add item…</source>
      <translation>添加事项(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Add an item to this deal only (Ctrl+N)</source>
      <translation>仅为此订单添加事项（Ctrl+N）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Print &amp;checklist…</source>
      <translation>打印清单(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Print the deal checklist (Ctrl+P)</source>
      <translation>打印订单清单（Ctrl+P）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Print ne&amp;xt steps…</source>
      <translation>打印后续步骤(&amp;X)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Print the customer's next-steps sheet (Ctrl+Shift+P)</source>
      <translation>打印客户后续步骤说明（Ctrl+Shift+P）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Plan de&amp;livery…</source>
      <translation>安排交车(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Plan this deal's delivery, or open the one planned (Ctrl+Shift+D)</source>
      <translation>安排此订单的交车，或打开已安排的交车（Ctrl+Shift+D）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Cancel &amp;deal…</source>
      <translation>取消订单(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source> · completed</source>
      <translation> · 已完成</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source> · cancelled</source>
      <translation> · 已取消</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Deal {id}: {name}</source>
      <translation>订单 {id}：{name}</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Deal {id} · {name}{status}</source>
      <translation>订单 {id} · {name}{status}</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>{car} · {plan} · consultant {consultant} · opened {opened}</source>
      <translation>{car} · {plan} · 顾问 {consultant} · {opened} 开单</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>({n} late)</source>
      <translation>（{n} 项逾期）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>No item selected</source>
      <translation>未选择事项</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>reopened: {reason}</source>
      <translation>已重新打开：{reason}</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>needed before it can be ticked</source>
      <translation>勾选前必须填写</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>optional</source>
      <translation>选填</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>&amp;Tick: {stage}</source>
      <translation>勾选：{stage}(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>&amp;Tick as done</source>
      <translation>勾选为已完成(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Value</source>
      <translation>数值</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Responsible</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Due</source>
      <translation>截止</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Reopen “{title}”</source>
      <translation>重新打开“{title}”</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Why does this step have to be done again?</source>
      <translation>为什么这个步骤需要重新办理？</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Cancel deal {id}</source>
      <translation>取消订单 {id}</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/deal_dialog.py" />
      <source>Why is the deal called off? Its car goes back into stock.</source>
      <translation>为什么取消订单？车辆将退回库存。</translation>
    </message>
  </context>
  <context>
    <name>DealModels</name>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Purchase</source>
      <translation>购车</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Insurance</source>
      <translation>保险</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Licensing</source>
      <translation>上牌</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Accessories</source>
      <translation>精品</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>In transit</source>
      <translation>在途</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>In stock</source>
      <translation>在库</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>On display</source>
      <translation>展示中</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Reserved</source>
      <translation>已预留</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Sold</source>
      <translation>已售</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Delivered</source>
      <translation>已交车</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Open</source>
      <translation>进行中</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Accepted</source>
      <translation>已接受</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Declined</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Cash</source>
      <translation>全款</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Finance</source>
      <translation>贷款</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Lease</source>
      <translation>租赁</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Deal</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Car</source>
      <translation>车辆</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Consultant</source>
      <translation>销售顾问</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Overdue / next step</source>
      <translation>逾期 / 下一步</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Most overdue: {item}</source>
      <translation>逾期最久：{item}</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Deal {id}, opened {date}</source>
      <translation>订单 {id}，{date} 开单</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>all done</source>
      <translation>全部完成</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>next step due today</source>
      <translation>下一步今天到期</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>next step due tomorrow</source>
      <translation>下一步明天到期</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>next step due {date}</source>
      <translation>下一步 {date} 到期</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>1 item</source>
      <translation>1 项</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>{n} items</source>
      <translation>{n} 项</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>1 day</source>
      <translation>1 天</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>{n} days</source>
      <translation>{n} 天</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>{items}, up to {days} late</source>
      <translation>{items}，最多逾期 {days}</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Plan</source>
      <translation>方案</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Payment</source>
      <translation>付款方式</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>List price</source>
      <translation>指导价</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Changed</source>
      <translation>修改时间</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Stock no.</source>
      <translation>库存编号</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Colour</source>
      <translation>颜色</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>VIN</source>
      <translation>车架号</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Floor position</source>
      <translation>展位</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Discount</source>
      <translation>优惠</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Fees</source>
      <translation>费用</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Price</source>
      <translation>价格</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Trade-in allowance</source>
      <translation>置换抵扣</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>To pay</source>
      <translation>应付</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Deposit</source>
      <translation>首付</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Amount financed</source>
      <translation>贷款金额</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Term</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>APR</source>
      <translation>年利率</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Monthly payment</source>
      <translation>月供</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Final payment</source>
      <translation>尾款</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Total payable</source>
      <translation>还款总额</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Cost of credit</source>
      <translation>贷款成本</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>{n} months</source>
      <translation>{n} 个月</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Item</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Value</source>
      <translation>数值</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Responsible</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Due</source>
      <translation>截止</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Done by / at</source>
      <translation>完成人 / 时间</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Reopened: {reason}</source>
      <translation>已重新打开：{reason}</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>Needs its value before it can be ticked</source>
      <translation>勾选前需要填写数值</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>reopened</source>
      <translation>已重新打开</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>(next: {stage})</source>
      <translation>（下一步：{stage}）</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>(added)</source>
      <translation>（追加）</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>needed</source>
      <translation>必填</translation>
    </message>
    <message>
      <location filename="../../ui/models/deals.py" />
      <source>({n} d late)</source>
      <translation>（逾期 {n} 天）</translation>
    </message>
  </context>
  <context>
    <name>DealPrinting</name>
    <message>
      <location filename="../../ui/printing.py" />
      <source>The document was not printed</source>
      <translation>文件未打印</translation>
    </message>
  </context>
  <context>
    <name>DealsPage</name>
    <message>
      <location filename="../../ui/pages/deals/page.py" />
      <source>Deals</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deals/page.py" />
      <source>New &amp;plan…</source>
      <translation>新建方案(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deals/page.py" />
      <source>A purchase plan for a customer (Ctrl+Shift+P)</source>
      <translation>为客户制定购车方案（Ctrl+Shift+P）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deals/page.py" />
      <source>Boutiq&amp;ue…</source>
      <translation>精品(&amp;U)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deals/page.py" />
      <source>The accessories catalogue and its prices</source>
      <translation>精品目录及价格</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deals/page.py" />
      <source>Checklist &amp;templates…</source>
      <translation>清单模板(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deals/page.py" />
      <source>Edit the steps new deals copy</source>
      <translation>编辑新订单复制的步骤</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deals/page.py" />
      <source>Look at the steps new deals copy (managers edit them)</source>
      <translation>查看新订单复制的步骤（由经理编辑）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deals/page.py" />
      <source>Deals &amp;board</source>
      <translation>订单看板(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deals/page.py" />
      <source>Purchase p&amp;lans</source>
      <translation>购车方案(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deals/page.py" />
      <source>&amp;Inventory</source>
      <translation>库存(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deals/page.py" />
      <source>All consultants</source>
      <translation>所有顾问</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deals/page.py" />
      <source>Only deals with something &amp;overdue</source>
      <translation>只看有逾期事项的订单(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deals/page.py" />
      <source>Consultant:</source>
      <translation>销售顾问：</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deals/page.py" />
      <source>Customer name</source>
      <translation>客户姓名</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deals/page.py" />
      <source>Any status</source>
      <translation>所有状态</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deals/page.py" />
      <source>Co&amp;mpare the customer's plans…</source>
      <translation>比较该客户的方案(&amp;M)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deals/page.py" />
      <source>All plans of the selected customer side by side</source>
      <translation>并排查看所选客户的全部方案</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deals/page.py" />
      <source>Make, model, VIN or stock number</source>
      <translation>品牌、车型、车架号或库存编号</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deals/page.py" />
      <source>In the showroom (not delivered)</source>
      <translation>在展厅（未交车）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deals/page.py" />
      <source>&amp;New car…</source>
      <translation>新车入库(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deals/page.py" />
      <source>{deals} open deals, {late} with something overdue</source>
      <translation>{deals} 个进行中的订单，{late} 个有逾期事项</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deals/page.py" />
      <source>{n} plans</source>
      <translation>{n} 个方案</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deals/page.py" />
      <source>{n} cars</source>
      <translation>{n} 辆车</translation>
    </message>
  </context>
  <context>
    <name>DeliveriesPage</name>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>◀</source>
      <translation>◀</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>Back (Alt+Left)</source>
      <translation>后退（Alt+Left）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>T&amp;oday</source>
      <translation>今天(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>Today (Ctrl+T)</source>
      <translation>今天（Ctrl+T）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>▶</source>
      <translation>▶</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>Forward (Alt+Right)</source>
      <translation>前进（Alt+Right）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>&amp;Day</source>
      <translation>日(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>One day, by the half hour (Ctrl+D)</source>
      <translation>单日视图，按半小时（Ctrl+D）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>&amp;Week</source>
      <translation>周(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>The week, day by day (Ctrl+Shift+D)</source>
      <translation>整周视图，按天（Ctrl+Shift+D）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>&amp;Plan delivery…</source>
      <translation>安排交车(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>Plan a delivery (Ctrl+B)</source>
      <translation>安排交车（Ctrl+B）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>&amp;Open…</source>
      <translation>打开(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>Open the selected delivery (Return)</source>
      <translation>打开所选交车（Return）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>Print &amp;handover…</source>
      <translation>打印交车确认书(&amp;H)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>Print the selected delivery's handover (Ctrl+P)</source>
      <translation>打印所选交车的交车确认书（Ctrl+P）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>&lt;span style='background:#C8E6C9'&gt;&amp;nbsp;ready&amp;nbsp;&lt;/span&gt; &lt;span style='background:#FFE0B2'&gt;&amp;nbsp;in preparation&amp;nbsp;&lt;/span&gt; &lt;span style='background:#FFCDD2'&gt;&amp;nbsp;checklists open&amp;nbsp;&lt;/span&gt; &lt;span style='background:#ECEFF1'&gt;&amp;nbsp;handed over&amp;nbsp;&lt;/span&gt; · Return opens a delivery or plans one in the selected bay and time.</source>
      <translation>&lt;span style='background:#C8E6C9'&gt;&amp;nbsp;已就绪&amp;nbsp;&lt;/span&gt; &lt;span style='background:#FFE0B2'&gt;&amp;nbsp;准备中&amp;nbsp;&lt;/span&gt; &lt;span style='background:#FFCDD2'&gt;&amp;nbsp;清单未完成&amp;nbsp;&lt;/span&gt; &lt;span style='background:#ECEFF1'&gt;&amp;nbsp;已交车&amp;nbsp;&lt;/span&gt; · 按 Return 打开交车，或在所选交车位和时间安排交车。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>Plan delivery</source>
      <translation>安排交车</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>Back</source>
      <translation>后退</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>Forward</source>
      <translation>前进</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>Day view</source>
      <translation>日视图</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>Week view</source>
      <translation>周视图</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>Print handover</source>
      <translation>打印交车确认书</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>Deliveries · {day}</source>
      <translation>交车 · {day}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/deliveries/page.py" />
      <source>Deliveries · week of {first} to {last}</source>
      <translation>交车 · {first} 至 {last}</translation>
    </message>
  </context>
  <context>
    <name>DeliveryCalendar</name>
    <message>
      <location filename="../../ui/models/deliveries.py" />
      <source>handed over</source>
      <translation>已交车</translation>
    </message>
    <message>
      <location filename="../../ui/models/deliveries.py" />
      <source>checklists open</source>
      <translation>清单未完成</translation>
    </message>
    <message>
      <location filename="../../ui/models/deliveries.py" />
      <source>ready</source>
      <translation>已就绪</translation>
    </message>
    <message>
      <location filename="../../ui/models/deliveries.py" />
      <source>in preparation</source>
      <translation>准备中</translation>
    </message>
    <message>
      <location filename="../../ui/models/deliveries.py" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../ui/models/deliveries.py" />
      <source>Bay</source>
      <translation>交车位</translation>
    </message>
    <message>
      <location filename="../../ui/models/deliveries.py" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../ui/models/deliveries.py" />
      <source>Car</source>
      <translation>车辆</translation>
    </message>
    <message>
      <location filename="../../ui/models/deliveries.py" />
      <source>Consultant</source>
      <translation>销售顾问</translation>
    </message>
    <message>
      <location filename="../../ui/models/deliveries.py" />
      <source>Readiness</source>
      <translation>准备情况</translation>
    </message>
  </context>
  <context>
    <name>DeliveryDialog</name>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Car washed and covered</source>
      <translation>车辆清洗并加盖车衣</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Ribbon or bow</source>
      <translation>彩带或花结</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Flowers</source>
      <translation>鲜花</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Welcome board with the customer's name</source>
      <translation>写有客户姓名的欢迎牌</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Photo</source>
      <translation>合影留念</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Key handover</source>
      <translation>交接钥匙</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Gift</source>
      <translation>礼品</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Service department introduction</source>
      <translation>介绍售后服务部门</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Connected features set up (phone pairing, app)</source>
      <translation>设置智能互联功能（手机配对、App）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Exterior</source>
      <translation>外观</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Interior</source>
      <translation>内饰</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Fluids</source>
      <translation>油液</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Tyres</source>
      <translation>轮胎</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Accessories installed as ordered</source>
      <translation>精品已按订单安装</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Documents present</source>
      <translation>随车文件齐全</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Fuel / charge level</source>
      <translation>油量 / 电量</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Plates fitted</source>
      <translation>已安装号牌</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Owner's manual</source>
      <translation>车主手册</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Invoice</source>
      <translation>发票</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Registration certificate</source>
      <translation>机动车登记证书</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Insurance policy</source>
      <translation>保险单</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Warranty and service book</source>
      <translation>保修及保养手册</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Certificate of conformity</source>
      <translation>车辆合格证</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Item</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Responsible</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Ticked by</source>
      <translation>勾选人</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Promised by</source>
      <translation>承诺期限</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>What</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>to be agreed</source>
      <translation>待商定</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>done</source>
      <translation>已兑现</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>&amp;Plan</source>
      <translation>安排(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Ce&amp;remony</source>
      <translation>交车仪式(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>P&amp;DI</source>
      <translation>交车前检查 PDI(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>D&amp;ocuments</source>
      <translation>文件(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>&amp;We owe</source>
      <translation>待兑现承诺(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Co&amp;mplete delivery…</source>
      <translation>完成交车(&amp;M)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Hand the car over (Ctrl+Return)</source>
      <translation>交付车辆（Ctrl+Return）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Print &amp;handover…</source>
      <translation>打印交车确认书(&amp;H)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Print the handover document (Ctrl+P)</source>
      <translation>打印交车确认书（Ctrl+P）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Ca&amp;ncel delivery…</source>
      <translation>取消交车(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>deal</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>e.g. the customer, their partner and two children</source>
      <translation>例如：客户、其伴侣和两个孩子</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source> km</source>
      <translation> 公里</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Save plan</source>
      <translation>保存安排</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Plan the delivery, or save the changes (Ctrl+S)</source>
      <translation>安排交车，或保存修改（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>D&amp;eal</source>
      <translation>订单(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>D&amp;ate</source>
      <translation>日期(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>T&amp;ime</source>
      <translation>时间(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>&amp;Length</source>
      <translation>时长(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>&amp;Bay</source>
      <translation>交车位(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>&amp;Consultant</source>
      <translation>销售顾问(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Mana&amp;ger</source>
      <translation>经理(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Service ad&amp;viser</source>
      <translation>服务顾问(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>A&amp;ttendees</source>
      <translation>出席人员(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Note&amp;s</source>
      <translation>备注(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>&amp;Keys handed over</source>
      <translation>已交付钥匙(&amp;K)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Odometer at handover</source>
      <translation>交车时里程</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Space ticks the selected line.</source>
      <translation>按空格键勾选所选行。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>(nobody yet)</source>
      <translation>（尚未指派）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Responsi&amp;ble:</source>
      <translation>负责人(&amp;B)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>&amp;Assign</source>
      <translation>指派(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>e.g. second key fob, roof bars to fit</source>
      <translation>例如：第二把遥控钥匙、待安装车顶行李架</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Add what is owed (Return)</source>
      <translation>添加待兑现事项（Return）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Mark &amp;fulfilled</source>
      <translation>标为已兑现(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Owed &amp;item:</source>
      <translation>待兑现事项(&amp;I)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Promised b&amp;y:</source>
      <translation>承诺期限(&amp;Y)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Plan delivery</source>
      <translation>安排交车</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Choose the deal, the time, the bay and who attends; Ctrl+S plans it.</source>
      <translation>选择订单、时间、交车位和出席人员；按 Ctrl+S 安排。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Delivery {number}: {customer}</source>
      <translation>交车 {number}：{customer}</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Planned</source>
      <translation>已安排</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Handed over</source>
      <translation>已交车</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>open: {lists}</source>
      <translation>未完成：{lists}</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>overridden by {who}: {reason}</source>
      <translation>{who} 已强制放行：{reason}</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Date and time</source>
      <translation>日期和时间</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Length (minutes)</source>
      <translation>时长（分钟）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Bay</source>
      <translation>交车位</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Consultant</source>
      <translation>销售顾问</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Manager</source>
      <translation>经理</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Service adviser</source>
      <translation>服务顾问</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Customer's party</source>
      <translation>客户随行人员</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Keys handed over</source>
      <translation>交付钥匙数</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Odometer (km)</source>
      <translation>里程表（公里）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Reloaded the delivery another PC saved.</source>
      <translation>已重新载入另一台电脑保存的交车安排。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Override the open checklists</source>
      <translation>强制放行未完成的清单</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>The deal's checklists are still open ({lists}). To hand the car over anyway, write why; the reason is kept with the delivery.</source>
      <translation>该订单的清单尚未完成（{lists}）。如仍要交车，请写明原因；原因将随交车记录保存。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Handed over: {customer} now owns the car; the satisfaction calls are scheduled.</source>
      <translation>已交车：{customer} 现已拥有该车；满意度回访已安排。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Cancel delivery</source>
      <translation>取消交车</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>Why is the delivery called off?</source>
      <translation>为什么取消这次交车？</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/delivery_dialog.py" />
      <source>The delivery cannot be opened</source>
      <translation>无法打开该交车</translation>
    </message>
  </context>
  <context>
    <name>DomainFields</name>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>drives of one car per customer and day</source>
      <translation>每位客户每天试驾同一辆车的次数</translation>
    </message>
    <message>
      <location filename="../../showroom/documents/formatting.py" />
      <location filename="../../showroom/settings.py" />
      <source>time zone</source>
      <translation>时区</translation>
    </message>
    <message>
      <location filename="../../showroom/documents/formatting.py" />
      <location filename="../../showroom/settings.py" />
      <source>locale</source>
      <translation>区域设置</translation>
    </message>
    <message>
      <location filename="../../showroom/documents/formatting.py" />
      <location filename="../../showroom/settings.py" />
      <source>currency</source>
      <translation>货币</translation>
    </message>
    <message>
      <location filename="../../showroom/documents/layout.py" />
      <location filename="../../showroom/settings.py" />
      <source>paper size</source>
      <translation>纸张大小</translation>
    </message>
    <message>
      <location filename="../../showroom/documents/layout.py" />
      <source>brand colour</source>
      <translation>品牌颜色</translation>
    </message>
    <message>
      <location filename="../../showroom/documents/layout.py" />
      <source>letterhead logo</source>
      <translation>信头标志</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/checklist.py" />
      <location filename="../../showroom/services/checklist_templates.py" />
      <location filename="../../showroom/services/deliveries.py" />
      <source>title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/checklist.py" />
      <source>due days</source>
      <translation>期限天数</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/checklist.py" />
      <source>value</source>
      <translation>数值</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/checklist.py" />
      <location filename="../../showroom/domain/delivery.py" />
      <location filename="../../showroom/services/deals.py" />
      <location filename="../../showroom/services/deliveries.py" />
      <location filename="../../showroom/services/privacy.py" />
      <source>reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/customer.py" />
      <location filename="../../showroom/services/importing.py" />
      <source>full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/customer.py" />
      <source>phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/customer.py" />
      <source>language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/customer.py" />
      <source>budget to</source>
      <translation>预算上限</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/customer.py" />
      <location filename="../../showroom/domain/deal.py" />
      <source>notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>term</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>APR</source>
      <translation>年利率</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>list price</source>
      <translation>指导价</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>payment</source>
      <translation>付款方式</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>discount</source>
      <translation>优惠</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>trade-in allowance</source>
      <translation>置换抵扣</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>deposit</source>
      <translation>首付</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>final payment</source>
      <translation>尾款</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <location filename="../../showroom/services/boutique.py" />
      <source>name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <location filename="../../showroom/services/fleet.py" />
      <source>make</source>
      <translation>品牌</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <location filename="../../showroom/services/fleet.py" />
      <source>model</source>
      <translation>车型</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/delivery.py" />
      <location filename="../../showroom/domain/test_drive.py" />
      <location filename="../../showroom/services/test_drives.py" />
      <source>duration</source>
      <translation>时长</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/delivery.py" />
      <source>keys handed over</source>
      <translation>交付钥匙数</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/delivery.py" />
      <source>score</source>
      <translation>评分</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/delivery.py" />
      <source>we owe</source>
      <translation>待兑现承诺</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/delivery.py" />
      <source>promised date</source>
      <translation>承诺日期</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/document.py" />
      <source>document number</source>
      <translation>单据编号</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/showroom_day.py" />
      <source>date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/showroom_day.py" />
      <location filename="../../showroom/services/showroom_day.py" />
      <source>section</source>
      <translation>分区</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/showroom_day.py" />
      <location filename="../../showroom/services/showroom_day.py" />
      <source>check</source>
      <translation>检查项</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/showroom_day.py" />
      <location filename="../../showroom/services/batch_printing.py" />
      <source>kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/showroom_day.py" />
      <location filename="../../showroom/services/showroom_day.py" />
      <source>count</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/showroom_day.py" />
      <source>note</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/stock.py" />
      <location filename="../../showroom/services/fleet.py" />
      <source>year</source>
      <translation>年份</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/stock.py" />
      <location filename="../../showroom/domain/vehicle.py" />
      <source>status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/stock.py" />
      <location filename="../../showroom/services/inventory.py" />
      <source>floor position</source>
      <translation>展位</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <location filename="../../showroom/settings.py" />
      <source>test-drive hours</source>
      <translation>试驾时段</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <location filename="../../showroom/services/test_drive_documents.py" />
      <source>licence number</source>
      <translation>驾驶证号</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>issuing country</source>
      <translation>签发国家</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>expiry date</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>photo checked</source>
      <translation>已核对照片</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>odometer in</source>
      <translation>还车里程</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>rating</source>
      <translation>评价</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/user.py" />
      <source>role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/user.py" />
      <location filename="../../showroom/services/users.py" />
      <source>user name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../showroom/admin/users.py" />
      <location filename="../../showroom/kernel/archive.py" />
      <location filename="../../showroom/showroom_day/service.py" />
      <source>user</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="../../showroom/customer_file/erase.py" />
      <location filename="../../showroom/deals/checklist.py" />
      <location filename="../../showroom/deals/service.py" />
      <location filename="../../showroom/deliveries/domain.py" />
      <location filename="../../showroom/deliveries/service.py" />
      <location filename="../../showroom/sales/domain.py" />
      <source>reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <location filename="../../showroom/customers/importing.py" />
      <source>full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>budget to</source>
      <translation>预算上限</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <location filename="../../showroom/deals/domain.py" />
      <source>notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/follow_ups.py" />
      <location filename="../../showroom/showroom_day/service.py" />
      <source>due date</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/follow_ups.py" />
      <source>channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/follow_ups.py" />
      <source>outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/follow_ups.py" />
      <source>next follow-up</source>
      <translation>下次跟进</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/importing.py" />
      <location filename="../../showroom/customers/service.py" />
      <location filename="../../showroom/customers/walk_ins.py" />
      <location filename="../../showroom/sales/targets.py" />
      <location filename="../../showroom/test_drives/service.py" />
      <source>consultant</source>
      <translation>销售顾问</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/importing.py" />
      <source>consent</source>
      <translation>同意</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/visits.py" />
      <source>party size</source>
      <translation>同行人数</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/visits.py" />
      <source>time out</source>
      <translation>离店时间</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/walk_ins.py" />
      <source>purpose</source>
      <translation>目的</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/walk_ins.py" />
      <location filename="../../showroom/test_drives/service.py" />
      <source>customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/service.py" />
      <source>list</source>
      <translation>列表</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/checklist.py" />
      <location filename="../../showroom/deals/checklist_templates.py" />
      <location filename="../../showroom/deliveries/service.py" />
      <source>title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/checklist.py" />
      <source>due days</source>
      <translation>期限天数</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/checklist.py" />
      <source>value</source>
      <translation>数值</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/checklist_templates.py" />
      <source>steps</source>
      <translation>步骤</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/checklist_templates.py" />
      <source>needs value</source>
      <translation>需要填值</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>term</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>APR</source>
      <translation>年利率</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>list price</source>
      <translation>指导价</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>payment</source>
      <translation>付款方式</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>discount</source>
      <translation>优惠</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>trade-in allowance</source>
      <translation>置换抵扣</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>deposit</source>
      <translation>首付</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>final payment</source>
      <translation>尾款</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <location filename="../../showroom/test_drives/fleet.py" />
      <source>make</source>
      <translation>品牌</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <location filename="../../showroom/test_drives/fleet.py" />
      <source>model</source>
      <translation>车型</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/plans.py" />
      <source>accessories</source>
      <translation>精品</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/plans.py" />
      <location filename="../../showroom/test_drives/service.py" />
      <source>vehicle</source>
      <translation>车辆</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/service.py" />
      <source>responsible</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/domain.py" />
      <location filename="../../showroom/test_drives/domain.py" />
      <location filename="../../showroom/test_drives/service.py" />
      <source>duration</source>
      <translation>时长</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/domain.py" />
      <source>keys handed over</source>
      <translation>交付钥匙数</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/domain.py" />
      <source>score</source>
      <translation>评分</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/domain.py" />
      <source>we owe</source>
      <translation>待兑现承诺</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/domain.py" />
      <source>promised date</source>
      <translation>承诺日期</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>date and time</source>
      <translation>日期和时间</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>bay</source>
      <translation>交车位</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>deal</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <location filename="../../showroom/test_drives/fleet.py" />
      <source>odometer</source>
      <translation>里程表</translation>
    </message>
    <message>
      <location filename="../../showroom/demo/world.py" />
      <source>customers</source>
      <translation>客户数</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/access.py" />
      <source>share with</source>
      <translation>共享给</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/archive.py" />
      <source>document</source>
      <translation>单据</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/clock.py" />
      <location filename="../../showroom/kernel/settings.py" />
      <source>test-drive hours</source>
      <translation>试驾时段</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/document_kind.py" />
      <source>document number</source>
      <translation>单据编号</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/pdf/formatting.py" />
      <location filename="../../showroom/kernel/settings.py" />
      <source>time zone</source>
      <translation>时区</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/pdf/formatting.py" />
      <location filename="../../showroom/kernel/settings.py" />
      <source>locale</source>
      <translation>区域设置</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/pdf/formatting.py" />
      <location filename="../../showroom/kernel/settings.py" />
      <source>currency</source>
      <translation>货币</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/pdf/layout.py" />
      <location filename="../../showroom/kernel/settings.py" />
      <source>paper size</source>
      <translation>纸张大小</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/pdf/layout.py" />
      <source>brand colour</source>
      <translation>品牌颜色</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/pdf/layout.py" />
      <source>letterhead logo</source>
      <translation>信头标志</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/roles.py" />
      <source>role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>dealership name</source>
      <translation>经销店名称</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>dealership address</source>
      <translation>经销店地址</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>dealership phone</source>
      <translation>经销店电话</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>country for phone numbers</source>
      <translation>电话号码所属国家</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>test-drive length</source>
      <translation>试驾时长</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>test-drive terms</source>
      <translation>试驾条款</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>test-drive terms in Chinese</source>
      <translation>中文试驾条款</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>lock after</source>
      <translation>自动锁定时间</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>follow-ups after a walk-in</source>
      <translation>到店后跟进</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>follow-ups after a test drive</source>
      <translation>试驾后跟进</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>follow-ups after a delivery</source>
      <translation>交车后跟进</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>backup folder</source>
      <translation>备份文件夹</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>delivery bays</source>
      <translation>交车位</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>delivery length</source>
      <translation>交车时长</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>ceremony plan template</source>
      <translation>交车仪式模板</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>PDI template</source>
      <translation>PDI 模板</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>documents handed over template</source>
      <translation>移交文件模板</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/tasks.py" />
      <location filename="../../showroom/showroom_day/service.py" />
      <source>owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/tasks.py" />
      <source>task</source>
      <translation>任务</translation>
    </message>
    <message>
      <location filename="../../showroom/printing/batch.py" />
      <location filename="../../showroom/showroom_day/service.py" />
      <source>day</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../showroom/printing/batch.py" />
      <location filename="../../showroom/showroom_day/domain.py" />
      <source>kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../showroom/printing/customer_card.py" />
      <source>customer id</source>
      <translation>客户编号</translation>
    </message>
    <message>
      <location filename="../../showroom/printing/deal_forms.py" />
      <source>plan id</source>
      <translation>方案编号</translation>
    </message>
    <message>
      <location filename="../../showroom/printing/deal_forms.py" />
      <source>deal id</source>
      <translation>订单编号</translation>
    </message>
    <message>
      <location filename="../../showroom/printing/handover.py" />
      <source>delivery id</source>
      <translation>交车编号</translation>
    </message>
    <message>
      <location filename="../../showroom/printing/test_drive_agreement.py" />
      <location filename="../../showroom/test_drives/domain.py" />
      <source>licence number</source>
      <translation>驾驶证号</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <location filename="../../showroom/sales/service.py" />
      <source>intent level</source>
      <translation>意向级别</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>follow-up interval</source>
      <translation>回访间隔</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>competitor brand</source>
      <translation>竞品品牌</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>competitor model</source>
      <translation>竞品车型</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <location filename="../../showroom/sales/service.py" />
      <location filename="../../showroom/showroom_day/domain.py" />
      <source>note</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/targets.py" />
      <source>target</source>
      <translation>目标</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/targets.py" />
      <source>period</source>
      <translation>期间</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/domain.py" />
      <source>date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/domain.py" />
      <location filename="../../showroom/showroom_day/service.py" />
      <source>section</source>
      <translation>分区</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/domain.py" />
      <location filename="../../showroom/showroom_day/service.py" />
      <source>check</source>
      <translation>检查项</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/domain.py" />
      <location filename="../../showroom/showroom_day/service.py" />
      <source>count</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/service.py" />
      <source>month</source>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>issuing country</source>
      <translation>签发国家</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>expiry date</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>photo checked</source>
      <translation>已核对照片</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>odometer in</source>
      <translation>还车里程</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>rating</source>
      <translation>评价</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/fleet.py" />
      <location filename="../../showroom/vehicles/inventory.py" />
      <source>VIN</source>
      <translation>车架号</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/fleet.py" />
      <source>plate</source>
      <translation>车牌</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/fleet.py" />
      <location filename="../../showroom/vehicles/stock.py" />
      <source>year</source>
      <translation>年份</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>start</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>odometer out</source>
      <translation>出车里程</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>car goes to</source>
      <translation>车辆转为</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/boutique.py" />
      <source>price</source>
      <translation>价格</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/boutique.py" />
      <source>name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/domain.py" />
      <location filename="../../showroom/vehicles/stock.py" />
      <source>status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/inventory.py" />
      <source>stock number</source>
      <translation>库存编号</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/inventory.py" />
      <location filename="../../showroom/vehicles/stock.py" />
      <source>floor position</source>
      <translation>展位</translation>
    </message>
  </context>
  <context>
    <name>DomainMessages</name>
    <message>
      <location filename="../../showroom/kernel/clock.py" />
      <source>name days as Mon, Tue, Wed, Thu, Fri, Sat, Sun</source>
      <translation>星期请写作 Mon、Tue、Wed、Thu、Fri、Sat、Sun</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/clock.py" />
      <source>must open on at least one day</source>
      <translation>每周至少要有一天开放</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>must be a whole number from 1 to 20</source>
      <translation>必须是 1 到 20 之间的整数</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>test drives are not booked on {day:%A}s: the showroom is closed</source>
      <translation>{day:%A}不接受试驾预约：展厅不营业</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>must be within the test-drive hours of {day:%A}, {opens:%H:%M} to {closes}</source>
      <translation>必须在{day:%A}的试驾时段内（{opens:%H:%M} 至 {closes}）</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>this customer has {count} drives of the {car} on {day:%a %d %b} already; at most {limit} drives of one car a day</source>
      <translation>该客户在 {day:%a %d %b} 已预约 {car} 试驾 {count} 次；同一辆车每天最多 {limit} 次</translation>
    </message>
    <message>
      <location filename="../../showroom/config.py" />
      <source>The database URL {text!r} is not valid: {url_help}.</source>
      <translation>数据库地址 {text!r} 无效：{url_help}。</translation>
    </message>
    <message>
      <location filename="../../showroom/config.py" />
      <source>The database URL uses the driver {driver!r}, which Showroom does not ship: {url_help}.</source>
      <translation>数据库地址使用驱动 {driver!r}，Showroom 未附带该驱动：{url_help}。</translation>
    </message>
    <message>
      <location filename="../../showroom/config.py" />
      <source>The database URL names no database: {url_help}.</source>
      <translation>数据库地址未指明数据库：{url_help}。</translation>
    </message>
    <message>
      <location filename="../../showroom/config.py" />
      <source>The SQLite database URL names no file: {url_help}.</source>
      <translation>SQLite 数据库地址未指明文件：{url_help}。</translation>
    </message>
    <message>
      <location filename="../../showroom/config.py" />
      <source>Showroom works with SQLite or PostgreSQL, not {backend!r}: {url_help}.</source>
      <translation>Showroom 支持 SQLite 或 PostgreSQL，不支持 {backend!r}：{url_help}。</translation>
    </message>
    <message>
      <location filename="../../showroom/config.py" />
      <source>The data folder {home} cannot be used: {reason}.</source>
      <translation>无法使用数据文件夹 {home}：{reason}。</translation>
    </message>
    <message>
      <location filename="../../showroom/documents/formatting.py" />
      <source>{name!r} is not a known time zone</source>
      <translation>{name!r} 不是已知的时区</translation>
    </message>
    <message>
      <location filename="../../showroom/documents/formatting.py" />
      <source>{code!r} is not a known locale such as en_GB</source>
      <translation>{code!r} 不是已知的区域设置（例如 en_GB）</translation>
    </message>
    <message>
      <location filename="../../showroom/documents/formatting.py" />
      <source>{currency!r} is not a currency code such as GBP</source>
      <translation>{currency!r} 不是货币代码（例如 GBP）</translation>
    </message>
    <message>
      <location filename="../../showroom/documents/layout.py" />
      <source>must be A4 or Letter, not {name!r}</source>
      <translation>必须是 A4 或 Letter，不能是 {name!r}</translation>
    </message>
    <message>
      <location filename="../../showroom/documents/layout.py" />
      <source>must be written #RRGGBB, like #1F4E79, not {brand_colour!r}</source>
      <translation>必须写成 #RRGGBB（例如 #1F4E79），不能是 {brand_colour!r}</translation>
    </message>
    <message>
      <location filename="../../showroom/documents/layout.py" />
      <source>{logo} is not a readable PNG or JPEG image</source>
      <translation>{logo} 不是可读取的 PNG 或 JPEG 图片</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/checklist.py" />
      <location filename="../../showroom/domain/customer.py" />
      <location filename="../../showroom/domain/deal.py" />
      <location filename="../../showroom/domain/showroom_day.py" />
      <location filename="../../showroom/domain/test_drive.py" />
      <location filename="../../showroom/domain/user.py" />
      <location filename="../../showroom/services/deliveries.py" />
      <location filename="../../showroom/services/fleet.py" />
      <location filename="../../showroom/settings.py" />
      <source>must not be empty</source>
      <translation>不能为空</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/checklist.py" />
      <source>must be from 0 to {max_due_days}</source>
      <translation>必须在 0 到 {max_due_days} 之间</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/checklist.py" />
      <source>“{title}” is done already.</source>
      <translation>“{title}”已经完成。</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/checklist.py" />
      <source>“{title}” needs its value before it is done</source>
      <translation>“{title}”需要先填写数值才能完成</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/checklist.py" />
      <source>“{title}” is not done, so it cannot be reopened.</source>
      <translation>“{title}”尚未完成，无法重新打开。</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/checklist.py" />
      <source>say why the step is reopened</source>
      <translation>请说明重新打开此步骤的原因</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/checklist.py" />
      <source>“{title}” is done: reopen it before clearing its value</source>
      <translation>“{title}”已完成：请先重新打开，再清除其数值</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/customer.py" />
      <source>is too long to be a phone number</source>
      <translation>太长，不是电话号码</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/customer.py" />
      <source>{value} is not a phone number</source>
      <translation>{value} 不是电话号码</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/customer.py" />
      <source>{value} is not a valid phone number for {region}</source>
      <translation>{value} 不是 {region} 的有效电话号码</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/customer.py" />
      <source>{value} is not a valid phone number</source>
      <translation>{value} 不是有效的电话号码</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/customer.py" />
      <source>{value} is not a valid e-mail address ({reason})</source>
      <translation>{value} 不是有效的邮箱地址（{reason}）</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>{value} starts like a spreadsheet formula (= + - @) or holds a |; no real address does</source>
      <translation>{value} 以电子表格公式字符（= + - @）开头或含有 |；真实的邮箱地址不会这样</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/customer.py" />
      <source>{value} is not an amount of money</source>
      <translation>{value} 不是金额</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/customer.py" />
      <source>must be between 0 and 9,999,999,999.99</source>
      <translation>必须在 0 到 9,999,999,999.99 之间</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/customer.py" />
      <source>{value} is not a whole number</source>
      <translation>{value} 不是整数</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/customer.py" />
      <source>must be between {low:,} and {high:,}</source>
      <translation>必须在 {low:,} 到 {high:,} 之间</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/customer.py" />
      <location filename="../../showroom/domain/user.py" />
      <source>must be one of {allowed}, not {value}</source>
      <translation>必须是 {allowed} 之一，不能是 {value}</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/customer.py" />
      <source>at most {max_phones} numbers per customer</source>
      <translation>每位客户最多 {max_phones} 个号码</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/customer.py" />
      <location filename="../../showroom/services/follow_ups.py" />
      <source>must be one of {choices}</source>
      <translation>必须是 {choices} 之一</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/customer.py" />
      <source>must not be below the budget from</source>
      <translation>不能低于预算下限</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/customer.py" />
      <source>must be at most 10,000 characters</source>
      <translation>最多 10,000 个字符</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/customer.py" />
      <location filename="../../showroom/domain/deal.py" />
      <location filename="../../showroom/domain/test_drive.py" />
      <location filename="../../showroom/domain/text.py" />
      <location filename="../../showroom/domain/user.py" />
      <location filename="../../showroom/settings.py" />
      <source>must not contain control characters</source>
      <translation>不能包含控制字符</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>{value} is not an amount of money (like {example})</source>
      <translation>{value} 不是金额（例如 {example}）</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>must not be negative</source>
      <translation>不能为负数</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>is too large</source>
      <translation>太大</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>may have at most {places} decimal places in {currency}</source>
      <translation>{currency} 金额最多保留 {places} 位小数</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>must be a whole amount in {currency}</source>
      <translation>{currency} 金额必须是整数</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>{value} is not a whole number of months</source>
      <translation>{value} 不是整月数</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>must be from 1 to {max_term_months} months</source>
      <translation>必须在 1 到 {max_term_months} 个月之间</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>{value} is not a percentage</source>
      <translation>{value} 不是百分比</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>must be from 0 to {max_apr} %</source>
      <translation>必须在 0 到 {max_apr} % 之间</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>may have at most 2 decimal places</source>
      <translation>最多保留 2 位小数</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <location filename="../../showroom/domain/stock.py" />
      <location filename="../../showroom/services/boutique.py" />
      <source>is required</source>
      <translation>必填</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>must be more than zero</source>
      <translation>必须大于零</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <location filename="../../showroom/domain/showroom_day.py" />
      <location filename="../../showroom/domain/stock.py" />
      <location filename="../../showroom/domain/vehicle.py" />
      <location filename="../../showroom/services/follow_ups.py" />
      <location filename="../../showroom/services/walk_ins.py" />
      <source>must be one of {allowed}</source>
      <translation>必须是 {allowed} 之一</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>is required for {value}</source>
      <translation>{value} 时必填</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>must not be more than the list price</source>
      <translation>不能高于指导价</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>must not be more than the price of the car, accessories and fees</source>
      <translation>不能高于车价、精品和费用的总和</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>must not be more than the amount to pay</source>
      <translation>不能高于应付金额</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>leaves nothing to borrow: choose cash or a smaller deposit</source>
      <translation>已无贷款金额：请选择全款或降低首付</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>must be less than the amount borrowed</source>
      <translation>必须低于贷款金额</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>must be from 1 to {max_quantity}</source>
      <translation>必须在 1 到 {max_quantity} 之间</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>choose a stock car or name the make to order</source>
      <translation>请选择库存车，或填写要订购的品牌</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>choose a stock car or name the model to order</source>
      <translation>请选择库存车，或填写要订购的车型</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/deal.py" />
      <source>must be at most 4,000 characters</source>
      <translation>最多 4,000 个字符</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/delivery.py" />
      <source>must be from {min_minutes} to {max_minutes} minutes</source>
      <translation>必须在 {min_minutes} 到 {max_minutes} 分钟之间</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/delivery.py" />
      <source>must be from 0 to {max_keys}</source>
      <translation>必须在 0 到 {max_keys} 之间</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/delivery.py" />
      <source>must be a whole number from 1 to 5</source>
      <translation>必须是 1 到 5 的整数</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/delivery.py" />
      <source>say what is still owed to the customer</source>
      <translation>请写明仍欠客户的事项</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/delivery.py" />
      <location filename="../../showroom/services/follow_ups.py" />
      <source>must be today or later</source>
      <translation>必须是今天或以后</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/delivery.py" />
      <source>write why the car is handed over with open checklists (5 characters or more)</source>
      <translation>请写明在清单未完成时交车的原因（至少 5 个字符）</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/delivery.py" />
      <source>Delivery {delivery_id} is {status}; it can no longer change.</source>
      <translation>交车 {delivery_id} {status}，不能再修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/document.py" />
      <source>{value!r} is not a document number like CC-2026-000123</source>
      <translation>{value!r} 不是单据编号（例如 CC-2026-000123）</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/showroom_day.py" />
      <source>The checklist of {day_text} is signed off; a signed-off day cannot be changed.</source>
      <translation>{day_text} 的检查表已确认；已确认的日期不能修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/showroom_day.py" />
      <source>Only a manager or an admin can {action}.</source>
      <translation>只有经理或管理员可以{action}。</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/showroom_day.py" />
      <source>must be a real calendar day written YYYY-MM-DD, like 2026-11-26, not {raw!r}</source>
      <translation>必须是真实的日期，写成 YYYY-MM-DD（例如 2026-11-26），不能是 {raw!r}</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/showroom_day.py" />
      <source>must be a time of day such as 09:30, not {value}</source>
      <translation>必须是时间（例如 09:30），不能是 {value}</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/showroom_day.py" />
      <source>must be a whole number from 1 to {max_count}, or none</source>
      <translation>必须是 1 到 {max_count} 的整数，或留空</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/showroom_day.py" />
      <source>the walk-in check counts the register by itself</source>
      <translation>到店检查项会自动统计登记数</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/showroom_day.py" />
      <source>must say what is wrong, so the owner can fix it</source>
      <translation>必须写明问题所在，以便负责人处理</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/showroom_day.py" />
      <source>must be a whole number from 0 to {max_count}</source>
      <translation>必须是 0 到 {max_count} 的整数</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/stock.py" />
      <source>must be a year from {min_year} to {max_year}</source>
      <translation>必须是 {min_year} 到 {max_year} 之间的年份</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/stock.py" />
      <source>stays {status} while a deal holds the car</source>
      <translation>订单占用此车期间保持“{status}”</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/stock.py" />
      <source>{value} is set by a deal: accept a purchase plan to reserve the car</source>
      <translation>{value} 由订单设定：请接受购车方案来预订此车</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/stock.py" />
      <source>is required for a car on display</source>
      <translation>展车必填</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/stock.py" />
      <source>is only for a car on display</source>
      <translation>仅用于展车</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>This test drive is {words}: {refusal}.</source>
      <translation>此试驾{words}：{refusal}。</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>This test drive has not been checked out yet: check it out first.</source>
      <translation>此试驾尚未出车：请先出车。</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>The test drive has not begun yet: a customer can be a no-show only once the booked time has started.</source>
      <translation>试驾尚未开始：只有到了预约时间，客户才能记为爽约。</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>The car is out on this test drive: only its planned return time can change.</source>
      <translation>车辆正在此次试驾中：只能修改计划还车时间。</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>must be from {min_minutes} to {max_minutes} minutes, not {minutes}</source>
      <translation>必须在 {min_minutes} 到 {max_minutes} 分钟之间，不能是 {minutes}</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>{at:%H:%M} does not exist on {day:%d %b %Y}: the clocks go forward then</source>
      <translation>{day:%Y-%m-%d} 没有 {at:%H:%M} 这个时刻：当天时钟拨快</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>must look like 08:00-20:00</source>
      <translation>格式必须像 08:00-20:00</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>must hold times from 00:00 to 24:00</source>
      <translation>时间必须在 00:00 到 24:00 之间</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>must end after they start</source>
      <translation>结束时间必须晚于开始时间</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>may hold only the letters A-Z and digits</source>
      <translation>只能包含字母 A-Z 和数字</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>must be from 5 to 20 letters and digits</source>
      <translation>必须是 5 到 20 个字母和数字</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>must name the country (and state) of issue</source>
      <translation>必须写明签发国家（及州/省）</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>must be at most 60 characters</source>
      <translation>最多 60 个字符</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>must be given (it is printed on the licence)</source>
      <translation>必填（驾驶证上印有此项）</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>the licence expired on {expires_on:%d %b %Y}: the customer cannot drive</source>
      <translation>驾驶证已于 {expires_on:%Y-%m-%d} 过期：客户不能驾驶</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>the licence expires on {expires_on:%d %b %Y}, before the drive ends at {end:%H:%M on %d %b}: shorten the drive or do not let the customer drive</source>
      <translation>驾驶证于 {expires_on:%Y-%m-%d} 到期，早于试驾结束时间 {end:%m-%d %H:%M}：请缩短试驾，或不让客户驾驶</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>record the customer's driving licence before the check-out</source>
      <translation>出车前请登记客户的驾驶证</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>tick it once you have compared the licence photo with the customer</source>
      <translation>核对驾驶证照片与客户本人后请勾选</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>must be from 0 to {max_odometer_km:,} km</source>
      <translation>必须在 0 到 {max_odometer_km:,} 公里之间</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>must be a percentage from 0 to 100</source>
      <translation>必须是 0 到 100 的百分比</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>must not be lower than at check-out ({odometer_out:,} km); check the reading</source>
      <translation>不能低于出车时的读数（{odometer_out:,} 公里）；请检查读数</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/test_drive.py" />
      <source>must be from 1 to 5 stars, or left empty</source>
      <translation>必须是 1 到 5 星，或留空</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/text.py" />
      <location filename="../../showroom/services/test_drives.py" />
      <source>must be at most {max_length} characters</source>
      <translation>最多 {max_length} 个字符</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/user.py" />
      <source>must be at most 40 characters</source>
      <translation>最多 40 个字符</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/vehicle.py" />
      <source>must be 17 characters, not {count}</source>
      <translation>必须是 17 个字符，不能是 {count} 个</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/vehicle.py" />
      <source>must not contain the letters I, O or Q ({char!r} at position {position})</source>
      <translation>不能包含字母 I、O 或 Q（第 {position} 位是 {char!r}）</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/vehicle.py" />
      <source>may hold only letters and digits ({char!r} at position {position})</source>
      <translation>只能包含字母和数字（第 {position} 位是 {char!r}）</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/vehicle.py" />
      <source>A car goes on a drive by checking out a test drive, not by hand.</source>
      <translation>车辆通过试驾出车才会外出，不能手动设置。</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/vehicle.py" />
      <source>The car is out on a test drive: check the drive in first, then change its status.</source>
      <translation>车辆正在试驾中：请先还车，再修改其状态。</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/visit.py" />
      <source>must be from 1 to {max_party}</source>
      <translation>必须在 1 到 {max_party} 之间</translation>
    </message>
    <message>
      <location filename="../../showroom/domain/visit.py" />
      <source>must not be before the time in</source>
      <translation>不能早于到店时间</translation>
    </message>
    <message>
      <location filename="../../showroom/services/access.py" />
      <source>This user account is closed; sign in again.</source>
      <translation>此用户账户已关闭，请重新登录。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/access.py" />
      <source>{display_name} ({role}) may not {value}; ask a manager.</source>
      <translation>{display_name}（{role}）无权{value}；请联系经理。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/access.py" />
      <source>This customer belongs to another consultant; ask them or a manager to share the card with you.</source>
      <translation>此客户属于其他销售顾问；请让对方或经理把卡片共享给您。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/access.py" />
      <source>there is no user with number {with_user}</source>
      <translation>没有编号为 {with_user} 的用户</translation>
    </message>
    <message>
      <location filename="../../showroom/services/backups.py" />
      <source>There is no database at {source} to back up yet.</source>
      <translation>{source} 还没有可备份的数据库。</translation>
    </message>
    <message>
      <location filename="../../showroom/admin/backups.py" />
      <source>{target} is the database itself; choose another file.</source>
      <translation>{target} 就是数据库本身；请选择其他文件。</translation>
    </message>
    <message>
      <location filename="../../showroom/admin/backups.py" />
      <source>The database {source} is damaged ({detail}), so no backup was made{hint}.</source>
      <translation>数据库 {source} 已损坏（{detail}），因此未做备份{hint}。</translation>
    </message>
    <message>
      <location filename="../../showroom/admin/backups.py" />
      <source>The file {source} is a database, but not a Showroom one; nothing was changed.</source>
      <translation>文件 {source} 是数据库，但不是 Showroom 的数据库；未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../showroom/admin/backups.py" />
      <source>The backup {source} was made by a newer version of Showroom (schema {revision}), so this version cannot restore it; install that version first. Nothing was changed.</source>
      <translation>备份 {source} 由更新版本的 Showroom 制作（架构 {revision}），本版本无法恢复；请先安装该版本。未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../showroom/admin/backups.py" />
      <source>There is no file {source}; nothing was changed.</source>
      <translation>文件 {source} 不存在；未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../showroom/admin/backups.py" />
      <source>{source} is the database itself; choose a backup file.</source>
      <translation>{source} 就是数据库本身；请选择备份文件。</translation>
    </message>
    <message>
      <location filename="../../showroom/admin/backups.py" />
      <source>The backup {source} failed its integrity check ({value}); nothing was changed.</source>
      <translation>备份 {source} 未通过完整性检查（{value}）；未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../showroom/admin/backups.py" />
      <source>The backup {source} has {broken_links} broken links between records; nothing was changed.</source>
      <translation>备份 {source} 中有 {broken_links} 处记录间链接损坏；未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../showroom/admin/backups.py" />
      <source>The database ({where}) was upgraded by a newer version of Showroom (schema {current}); restore it with that version. Nothing was changed.</source>
      <translation>数据库（{where}）已被更新版本的 Showroom 升级（架构 {current}）；请用该版本恢复。未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../showroom/admin/backups.py" />
      <source>{others} other connection(s) use the database ({where}): close Showroom on every PC, then restore again. Nothing was changed.</source>
      <translation>有 {others} 个其他连接正在使用数据库（{where}）：请关闭每台电脑上的 Showroom，然后重新恢复。未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/batch_printing.py" />
      <source>{value} cannot be printed for a whole day; these can: {names}</source>
      <translation>{value} 不能按整天打印；可以按整天打印的有：{names}</translation>
    </message>
    <message>
      <location filename="../../showroom/services/boutique.py" />
      <source>There is no boutique accessory with number {item_id}.</source>
      <translation>没有编号为 {item_id} 的精品。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/boutique.py" />
      <source>{clean!r} is in the catalogue already</source>
      <translation>{clean!r} 已在目录中</translation>
    </message>
    <message>
      <location filename="../../showroom/services/boutique.py" />
      <source>“{name}” was changed on another PC after you opened it; reload the catalogue.</source>
      <translation>您打开“{name}”后，它已在另一台电脑上被修改；请重新加载目录。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/checklist_templates.py" />
      <source>The {checklist} template was changed on another PC after you opened it; reload it, then apply your changes again.</source>
      <translation>您打开{checklist}模板后，它已在另一台电脑上被修改；请重新加载，然后再次修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/checklist_templates.py" />
      <source>a checklist needs at least one step</source>
      <translation>清单至少需要一个步骤</translation>
    </message>
    <message>
      <location filename="../../showroom/services/checklist_templates.py" />
      <source>a checklist may have at most {max_steps} steps</source>
      <translation>清单最多 {max_steps} 个步骤</translation>
    </message>
    <message>
      <location filename="../../showroom/services/checklist_templates.py" />
      <source>step {number}: {rule_text}</source>
      <translation>第 {number} 步：{rule_text}</translation>
    </message>
    <message>
      <location filename="../../showroom/services/checklist_templates.py" />
      <source>step {number}: an accessory stage cannot ask for a value</source>
      <translation>第 {number} 步：精品阶段不能要求填值</translation>
    </message>
    <message>
      <location filename="../../showroom/services/checklist_templates.py" />
      <source>step {number}: must not contain '|'</source>
      <translation>第 {number} 步：不能包含 '|'</translation>
    </message>
    <message>
      <location filename="../../showroom/services/checklist_templates.py" />
      <source>two steps have the same title</source>
      <translation>有两个步骤的标题相同</translation>
    </message>
    <message>
      <location filename="../../showroom/services/customers.py" />
      <source>There is no customer with number {customer_id}.</source>
      <translation>没有编号为 {customer_id} 的客户。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/customers.py" />
      <source>{full_name} (customer {id}) has the same {matched_on} {value}: open that card or merge the two.</source>
      <translation>{full_name}（客户 {id}）的{matched_on}同为 {value}：请打开该卡片，或合并两张卡片。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/customers.py" />
      <location filename="../../showroom/services/test_drives.py" />
      <location filename="../../showroom/services/walk_ins.py" />
      <source>there is no user with number {consultant_id}</source>
      <translation>没有编号为 {consultant_id} 的用户</translation>
    </message>
    <message>
      <location filename="../../showroom/services/customers.py" />
      <source>{full_name}'s card was changed on another PC after you opened it; reload it to see the changes, then apply yours again.</source>
      <translation>您打开{full_name}的卡片后，它已在另一台电脑上被修改；请重新加载查看更改，然后再次修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/customers.py" />
      <source>A customer cannot be merged with itself.</source>
      <translation>客户不能与自身合并。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/dashboard.py" />
      <source>there is no list called {key!r}</source>
      <translation>没有名为 {key!r} 的列表</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deal_documents.py" />
      <source>no purchase plan has the id {plan_id}</source>
      <translation>没有编号为 {plan_id} 的购车方案</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deal_documents.py" />
      <source>no deal has the id {deal_id}</source>
      <translation>没有编号为 {deal_id} 的订单</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deals.py" />
      <source>There is no deal with number {deal_id}.</source>
      <translation>没有编号为 {deal_id} 的订单。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deals.py" />
      <source>There is no checklist item with number {item_id}.</source>
      <translation>没有编号为 {item_id} 的清单项。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deals.py" />
      <source>The {label} has just been reserved{holder}; choose another car or a model to order.</source>
      <translation>{label}刚刚被预订{holder}；请选择其他车辆或要订购的车型。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deals.py" />
      <source>The {label} is {status}{holder}; choose another car or a model to order.</source>
      <translation>{label}{status}{holder}；请选择其他车辆或要订购的车型。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deals.py" />
      <source>The {label} is a test-drive car, not for sale.</source>
      <translation>{label}是试驾车，不出售。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deals.py" />
      <source>“{title}” was changed on another PC after you opened it; look at it again before accepting it.</source>
      <translation>您打开“{title}”后，它已在另一台电脑上被修改；接受前请再看一遍。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deals.py" />
      <source>“{title}” is accepted already (deal {deal}); only an open plan can be accepted.</source>
      <translation>“{title}”已被接受（订单 {deal}）；只能接受未结的方案。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deals.py" />
      <source>“{title}” is {status}; only an open plan can be accepted.</source>
      <translation>“{title}”{status}；只能接受未结的方案。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deals.py" />
      <source>That car has just been reserved for another deal; choose another car.</source>
      <translation>这辆车刚刚被另一个订单预订；请选择其他车辆。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deals.py" />
      <source>“{title}” was accepted or changed on another PC a moment ago.</source>
      <translation>“{title}”刚刚在另一台电脑上被接受或修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deals.py" />
      <source>Deal {id} is {status}; its checklists can no longer change.</source>
      <translation>订单 {id} {status}，其清单不能再修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deals.py" />
      <source>“{title}” was changed on another PC a moment ago; look at it again.</source>
      <translation>“{title}”刚刚在另一台电脑上被修改；请再看一遍。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deals.py" />
      <source>there is no user with number {responsible_id}</source>
      <translation>没有编号为 {responsible_id} 的用户</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deals.py" />
      <source>Deal {id} was changed on another PC a moment ago.</source>
      <translation>订单 {id} 刚刚在另一台电脑上被修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deals.py" />
      <source>Deal {id} is {status} already.</source>
      <translation>订单 {id} 已经是{status}状态。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deals.py" />
      <source>say why the deal is cancelled</source>
      <translation>请说明取消订单的原因</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deals.py" />
      <source>Deal {id} is {value} already.</source>
      <translation>订单 {id} 已经是{value}状态。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deals.py" />
      <source>Deal {id} cannot be completed until its checklists are: {choices}.</source>
      <translation>订单 {id} 的以下清单完成前不能完成订单：{choices}。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>Another delivery took this bay or consultant a moment ago; choose another time.</source>
      <translation>另一个交车刚刚占用了此交车位或销售顾问；请选择其他时间。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <location filename="../../showroom/services/test_drives.py" />
      <source>from {start:%H:%M} to {end:%H:%M} on {start:%a %d %b}</source>
      <translation>{start:%m-%d %H:%M} 至 {end:%H:%M}</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>{bay} is booked {span} for the delivery to {customer}.</source>
      <translation>{bay} 在 {span} 已被预订，用于向 {customer} 交车。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>{consultant} is on a test drive with {customer} {span}.</source>
      <translation>{consultant} 在 {span} 陪同 {customer} 试驾。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>{consultant} hands over a car to {customer} {span} ({bay}).</source>
      <translation>{consultant} 在 {span} 为 {customer} 交车（{bay}）。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>There is no delivery with number {delivery_id}.</source>
      <translation>没有编号为 {delivery_id} 的交车。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>Delivery {delivery_id} cannot be completed while the deal's checklists are open: {choices}. A manager can override with a written reason.</source>
      <translation>订单的清单尚未完成，交车 {delivery_id} 不能完成：{choices}。经理可填写书面原因强制放行。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>This delivery was changed on another PC a moment ago; look again.</source>
      <translation>此交车刚刚在另一台电脑上被修改；请再看一遍。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>Delivery {id} was changed on another PC a moment ago; look again.</source>
      <translation>交车 {id} 刚刚在另一台电脑上被修改；请再看一遍。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>must be chosen</source>
      <translation>必须选择</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <location filename="../../showroom/services/showroom_day.py" />
      <location filename="../../showroom/services/tasks.py" />
      <location filename="../../showroom/services/users.py" />
      <source>there is no user with number {user_id}</source>
      <translation>没有编号为 {user_id} 的用户</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <location filename="../../showroom/services/test_drives.py" />
      <source>{display_name} no longer works here</source>
      <translation>{display_name} 已不在此工作</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>{display_name} is not a manager</source>
      <translation>{display_name} 不是经理</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <location filename="../../showroom/services/test_drives.py" />
      <source>must be given</source>
      <translation>必填</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <location filename="../../showroom/services/follow_ups.py" />
      <location filename="../../showroom/services/test_drives.py" />
      <source>must not be in the past</source>
      <translation>不能是过去的时间</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>must be one of the delivery bays: {choices}</source>
      <translation>必须是以下交车位之一：{choices}</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>choose the deal whose car is delivered</source>
      <translation>请选择要交车的订单</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>there is no deal with number {deal_id}</source>
      <translation>没有编号为 {deal_id} 的订单</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>Deal {id} is {status}; its car cannot be delivered again.</source>
      <translation>订单 {id} {status}，不能再次交车。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>Deal {id} has delivery {already} planned already; move that one instead.</source>
      <translation>订单 {id} 已安排交车 {already}；请改期那一次交车。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>say why the delivery is cancelled</source>
      <translation>请说明取消交车的原因</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>There is no delivery item with number {item_id}.</source>
      <translation>没有编号为 {item_id} 的交车项。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>“{title}” was changed on another PC a moment ago; look again.</source>
      <translation>“{title}”刚刚在另一台电脑上被修改；请再看一遍。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>must be from 0 to 2,000,000 km</source>
      <translation>必须在 0 到 2,000,000 公里之间</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>Delivery {id} is cancelled.</source>
      <translation>交车 {id} 已取消。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>There is no “we owe” item with number {owed_id}.</source>
      <translation>没有编号为 {owed_id} 的“待兑现承诺”。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>“{text}” was changed on another PC a moment ago; look again.</source>
      <translation>“{text}”刚刚在另一台电脑上被修改；请再看一遍。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>“{text}” was done already.</source>
      <translation>“{text}”已经完成。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>Deal {id} is {status}; its car cannot be handed over.</source>
      <translation>订单 {id} {status}，不能交车。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>There is no satisfaction call with number {follow_up_id}.</source>
      <translation>没有编号为 {follow_up_id} 的满意度回访。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/deliveries.py" />
      <source>That satisfaction call was made already.</source>
      <translation>该满意度回访已经完成。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/delivery_documents.py" />
      <source>no delivery has the id {delivery_id}</source>
      <translation>没有编号为 {delivery_id} 的交车</translation>
    </message>
    <message>
      <location filename="../../showroom/services/demo.py" />
      <source>must be a whole number from 1 to {max_customers:,}</source>
      <translation>必须是 1 到 {max_customers:,} 的整数</translation>
    </message>
    <message>
      <location filename="../../showroom/services/documents.py" />
      <source>no customer has the id {customer_id}</source>
      <translation>没有编号为 {customer_id} 的客户</translation>
    </message>
    <message>
      <location filename="../../showroom/services/documents.py" />
      <source>no user has the id {user_id}</source>
      <translation>没有编号为 {user_id} 的用户</translation>
    </message>
    <message>
      <location filename="../../showroom/services/documents.py" />
      <source>no document has the id {document_id}</source>
      <translation>没有编号为 {document_id} 的单据</translation>
    </message>
    <message>
      <location filename="../../showroom/services/exporting.py" />
      <source>Showroom exports .csv and .xlsx files, not {kind}: name the file {value}.csv or {value}.xlsx.</source>
      <translation>Showroom 导出 .csv 和 .xlsx 文件，不导出 {kind}：请把文件命名为 {value}.csv 或 {value}.xlsx。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/exporting.py" />
      <source>The folder {folder} does not exist.</source>
      <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/exporting.py" />
      <source>{file} cannot be written ({value}); nothing was exported.</source>
      <translation>无法写入 {file}（{value}）；未导出任何内容。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/fleet.py" />
      <source>There is no fleet car with number {vehicle_id}.</source>
      <translation>没有编号为 {vehicle_id} 的试驾车。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/fleet.py" />
      <source>its check digit (9th character) is {value!r} but the other characters give {expected!r}. Compare the VIN with the car's papers: if it is printed like this (many cars built outside North America have no check digit), accept the warning (only a manager can accept it)</source>
      <translation>校验位（第 9 位）是 {value!r}，但按其他字符应为 {expected!r}。请与车辆证件核对车架号：如果证件上就是这样（许多在北美以外生产的车辆没有校验位），请接受此警告（只有经理可以接受）</translation>
    </message>
    <message>
      <location filename="../../showroom/services/fleet.py" />
      <source>must be given: a test-drive car is on the road</source>
      <translation>必填：试驾车需要上路</translation>
    </message>
    <message>
      <location filename="../../showroom/services/fleet.py" />
      <source>must be 2 to 12 letters and digits (spaces and dashes allowed between)</source>
      <translation>必须是 2 到 12 个字母和数字（中间可有空格和连字符）</translation>
    </message>
    <message>
      <location filename="../../showroom/services/fleet.py" />
      <source>belongs to another vehicle already ({make} {model}, number {number})</source>
      <translation>已属于另一辆车（{make} {model}，编号 {number}）</translation>
    </message>
    <message>
      <location filename="../../showroom/services/fleet.py" />
      <source>must be from 1990 to 2100</source>
      <translation>必须在 1990 到 2100 之间</translation>
    </message>
    <message>
      <location filename="../../showroom/services/fleet.py" />
      <source>The {make} {model} was changed on another PC after you opened it; reload it, then apply your changes again.</source>
      <translation>您打开{make} {model}后，它已在另一台电脑上被修改；请重新加载，然后再次修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/fleet.py" />
      <source>must not be lower than the last reading ({odometer_km:,} km)</source>
      <translation>不能低于上次读数（{odometer_km:,} 公里）</translation>
    </message>
    <message>
      <location filename="../../showroom/services/follow_ups.py" />
      <source>That follow-up does not belong to this customer.</source>
      <translation>该跟进不属于此客户。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/follow_ups.py" />
      <source>That follow-up was already done.</source>
      <translation>该跟进已经完成。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/importing.py" />
      <source>The import was cancelled; nothing was imported.</source>
      <translation>导入已取消；未导入任何内容。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/importing.py" />
      <source>The column mapping has {count} entries but {name} has {columns} columns.</source>
      <translation>列映射有 {count} 项，但 {name} 有 {columns} 列。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/importing.py" />
      <source>The columns '{other}' and '{header}' are both mapped to {target}; map one of them to another field or leave it out.</source>
      <translation>列 '{other}' 和 '{header}' 都映射到了 {target}；请把其中一列映射到其他字段，或不导入。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/importing.py" />
      <source>None of the columns of {name} ({value}{more}) holds the customer's name: name one 'Name', 'Full name' or '姓名', or choose the column in the import dialog.</source>
      <translation>{name} 的列（{value}{more}）中没有客户姓名：请把一列命名为 'Name'、'Full name' 或 '姓名'，或在导入对话框中选择该列。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/importing.py" />
      <source>there is no user named {name!r}</source>
      <translation>没有名为 {name!r} 的用户</translation>
    </message>
    <message>
      <location filename="../../showroom/services/importing.py" />
      <source>{name!r} names more than one user</source>
      <translation>{name!r} 对应多个用户</translation>
    </message>
    <message>
      <location filename="../../showroom/services/importing.py" />
      <source>{value!r} has '?' in place of a letter: the file lost characters when it was saved; save it as UTF-8 (in Excel: CSV UTF-8) and import it again</source>
      <translation>{value!r} 中有 '?' 代替了文字：保存文件时丢失了字符；请另存为 UTF-8（Excel 中选 CSV UTF-8）后重新导入</translation>
    </message>
    <message>
      <location filename="../../showroom/services/importing.py" />
      <source>must be yes or no, not {value!r}</source>
      <translation>必须是 yes 或 no，不能是 {value!r}</translation>
    </message>
    <message>
      <location filename="../../showroom/services/importing.py" />
      <source>{name} has a header row but no customers below it.</source>
      <translation>{name} 有标题行，但下面没有客户。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/inventory.py" />
      <source>There is no vehicle with number {vehicle_id}.</source>
      <translation>没有编号为 {vehicle_id} 的车辆。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/inventory.py" />
      <source>check digit (position 9) is {value!r} but the other characters give {expected!r}: check the VIN, or a manager can accept it for a VIN without a check digit</source>
      <translation>校验位（第 9 位）是 {value!r}，但按其他字符应为 {expected!r}：请检查车架号，或由经理接受没有校验位的车架号</translation>
    </message>
    <message>
      <location filename="../../showroom/services/inventory.py" />
      <source>{vin} is another vehicle's VIN already</source>
      <translation>{vin} 已是另一辆车的车架号</translation>
    </message>
    <message>
      <location filename="../../showroom/services/inventory.py" />
      <source>{stock_number} is taken by another car</source>
      <translation>{stock_number} 已被另一辆车使用</translation>
    </message>
    <message>
      <location filename="../../showroom/services/inventory.py" />
      <source>{floor_position} is taken by a {make} {model}</source>
      <translation>{floor_position} 已被 {make} {model} 占用</translation>
    </message>
    <message>
      <location filename="../../showroom/services/inventory.py" />
      <source>This is a test-drive car; edit it in the fleet.</source>
      <translation>这是试驾车；请在试驾车队中编辑。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/inventory.py" />
      <source>The {make} {model} was changed on another PC after you opened it; reload it to see the changes.</source>
      <translation>您打开{make} {model}后，它已在另一台电脑上被修改；请重新加载查看更改。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/plans.py" />
      <source>There is no purchase plan with number {plan_id}.</source>
      <translation>没有编号为 {plan_id} 的购车方案。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/plans.py" />
      <source>list each accessory once, with its quantity</source>
      <translation>每种精品只列一次，并填写数量</translation>
    </message>
    <message>
      <location filename="../../showroom/services/plans.py" />
      <source>there is no accessory number {boutique_item_id}</source>
      <translation>没有编号为 {boutique_item_id} 的精品</translation>
    </message>
    <message>
      <location filename="../../showroom/services/plans.py" />
      <source>“{name}” is no longer in the catalogue</source>
      <translation>“{name}”已不在目录中</translation>
    </message>
    <message>
      <location filename="../../showroom/services/plans.py" />
      <source>there is no stock car with number {vehicle_id}</source>
      <translation>没有编号为 {vehicle_id} 的库存车</translation>
    </message>
    <message>
      <location filename="../../showroom/services/plans.py" />
      <source>the {make} {model} ({car}) is {status}: choose another car or a model to order</source>
      <translation>{make} {model}（{car}）{status}：请选择其他车辆或要订购的车型</translation>
    </message>
    <message>
      <location filename="../../showroom/services/plans.py" />
      <source>“{title}” was changed on another PC after you opened it; reload it to see the changes, then apply yours again.</source>
      <translation>您打开“{title}”后，它已在另一台电脑上被修改；请重新加载查看更改，然后再次修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/plans.py" />
      <source>“{title}” is {status} and can no longer be changed; copy it to a new plan instead.</source>
      <translation>“{title}”{status}，不能再修改；请复制为新方案。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/privacy.py" />
      <source>say why the data is erased (at least 5 characters)</source>
      <translation>请说明删除数据的原因（至少 5 个字符）</translation>
    </message>
    <message>
      <location filename="../../showroom/services/settings.py" />
      <source>Another PC changed the showroom settings meanwhile ({changed}); reload them, then make your change again.</source>
      <translation>其间另一台电脑修改了展厅设置（{changed}）；请重新加载，然后再次修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/showroom_day.py" />
      <source>Only today's checklist can be started; {day} is not today ({today}).</source>
      <translation>只能开始今天的检查表；{day} 不是今天（{today}）。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/showroom_day.py" />
      <source>there is no checklist line with number {item_id}</source>
      <translation>没有编号为 {item_id} 的检查表行</translation>
    </message>
    <message>
      <location filename="../../showroom/services/showroom_day.py" />
      <source>Someone reopened this check on another PC; nothing was saved. The list shows it as it is now.</source>
      <translation>有人在另一台电脑上重新打开了此检查项；未保存任何内容。列表显示的是当前状态。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/showroom_day.py" />
      <source>{name} ticked this check at {clock} on another PC; nothing was saved. The list shows it as it is now.</source>
      <translation>{name} 于 {clock} 在另一台电脑上勾选了此检查项；未保存任何内容。列表显示的是当前状态。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/showroom_day.py" />
      <source>{name} marked this check failed at {clock} on another PC; nothing was saved. The list shows it as it is now.</source>
      <translation>{name} 于 {clock} 在另一台电脑上将此检查项标记为未通过；未保存任何内容。列表显示的是当前状态。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/showroom_day.py" />
      <source>This check is ticked already.</source>
      <translation>此检查项已勾选。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/showroom_day.py" />
      <source>this check has nothing to count</source>
      <translation>此检查项无需计数</translation>
    </message>
    <message>
      <location filename="../../showroom/services/showroom_day.py" />
      <source>This check is marked failed already.</source>
      <translation>此检查项已标记为未通过。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/showroom_day.py" />
      <source>choose who will fix it</source>
      <translation>请选择处理人</translation>
    </message>
    <message>
      <location filename="../../showroom/services/showroom_day.py" />
      <source>must not be before the day of the checklist</source>
      <translation>不能早于检查表的日期</translation>
    </message>
    <message>
      <location filename="../../showroom/services/showroom_day.py" />
      <source>This check is neither ticked nor failed.</source>
      <translation>此检查项既未勾选也未标记为未通过。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/showroom_day.py" />
      <source>there is no checklist with number {day_id}</source>
      <translation>没有编号为 {day_id} 的检查表</translation>
    </message>
    <message>
      <location filename="../../showroom/services/showroom_day.py" />
      <source>there is no section with number {section_id}</source>
      <translation>没有编号为 {section_id} 的分区</translation>
    </message>
    <message>
      <location filename="../../showroom/services/showroom_day.py" />
      <source>there is no check with number {check_id}</source>
      <translation>没有编号为 {check_id} 的检查项</translation>
    </message>
    <message>
      <location filename="../../showroom/services/showroom_day.py" />
      <source>Someone changed the checklist template on another PC at the same moment; nothing was saved. The template shows their change now.</source>
      <translation>有人同时在另一台电脑上修改了检查表模板；未保存任何内容。模板现在显示的是对方的修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/showroom_day.py" />
      <source>The template needs at least one section.</source>
      <translation>模板至少需要一个分区。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/showroom_day.py" />
      <source>must be from 1 to 12</source>
      <translation>必须在 1 到 12 之间</translation>
    </message>
    <message>
      <location filename="../../showroom/services/showroom_day.py" />
      <source>No checklist was started for {day_text}, so there is nothing filled in to print; print the blank form instead.</source>
      <translation>{day_text} 没有开始检查表，因此没有已填写的内容可打印；请改为打印空白表。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/tabular.py" />
      <source>{name} cannot be imported: Showroom reads .csv and .xlsx files, not {kind}.</source>
      <translation>无法导入 {name}：Showroom 读取 .csv 和 .xlsx 文件，不读取 {kind}。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/tabular.py" />
      <source>There is no file {file}.</source>
      <translation>文件 {file} 不存在。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/tabular.py" />
      <source>{file} is a folder, not a file.</source>
      <translation>{file} 是文件夹，不是文件。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/tabular.py" />
      <source>{file} cannot be read ({value}).</source>
      <translation>无法读取 {file}（{value}）。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/tabular.py" />
      <source>{name} is empty.</source>
      <translation>{name} 是空的。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/tabular.py" />
      <source>{name} is larger than {value} MB; split it into smaller files.</source>
      <translation>{name} 大于 {value} MB；请拆分成较小的文件。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/tabular.py" />
      <source>{name} is not a CSV file: it is a zip archive, perhaps an Excel workbook (give it the .xlsx extension).</source>
      <translation>{name} 不是 CSV 文件：它是 zip 压缩包，可能是 Excel 工作簿（请使用 .xlsx 扩展名）。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/tabular.py" />
      <source>{name} is not a CSV file but a PDF document.</source>
      <translation>{name} 不是 CSV 文件，而是 PDF 文档。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/tabular.py" />
      <source>{name} is not a text (CSV) file.</source>
      <translation>{name} 不是文本（CSV）文件。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/tabular.py" />
      <source>Line {line_num} of {name} cannot be read as CSV ({error}).</source>
      <translation>{name} 的第 {line_num} 行无法按 CSV 读取（{error}）。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/tabular.py" />
      <source>{name} is not an Excel workbook (.xlsx), or it is damaged.</source>
      <translation>{name} 不是 Excel 工作簿（.xlsx），或已损坏。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/tabular.py" />
      <source>{name} is damaged and cannot be read as a workbook.</source>
      <translation>{name} 已损坏，无法作为工作簿读取。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/tabular.py" />
      <source>{name} has no worksheet.</source>
      <translation>{name} 没有工作表。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/tabular.py" />
      <source>{name} is damaged and cannot be read.</source>
      <translation>{name} 已损坏，无法读取。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/tasks.py" />
      <source>{display_name} is no longer an active user</source>
      <translation>{display_name} 已不是在用用户</translation>
    </message>
    <message>
      <location filename="../../showroom/services/tasks.py" />
      <source>must say what to do</source>
      <translation>必须写明要做什么</translation>
    </message>
    <message>
      <location filename="../../showroom/services/tasks.py" />
      <source>there is no task with number {task_id}</source>
      <translation>没有编号为 {task_id} 的任务</translation>
    </message>
    <message>
      <location filename="../../showroom/services/tasks.py" />
      <source>Someone changed this task on another PC at the same moment; nothing was saved. The list shows it as it is now.</source>
      <translation>有人同时在另一台电脑上修改了此任务；未保存任何内容。列表显示的是当前状态。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/tasks.py" />
      <source>This task is closed already.</source>
      <translation>此任务已关闭。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/tasks.py" />
      <source>Only the task's owner or a manager can mark it done.</source>
      <translation>只有任务负责人或经理可以将其标记为完成。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drive_documents.py" />
      <source>This test drive is {value}: there is nothing to sign.</source>
      <translation>此试驾{value}：没有需要签署的内容。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drive_documents.py" />
      <source>record the customer's driving licence before printing the agreement</source>
      <translation>打印协议前请登记客户的驾驶证</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>Another booking took this time a moment ago.</source>
      <translation>另一个预约刚刚占用了这个时间。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>from {start:%H:%M} to {end:%H:%M}</source>
      <translation>{start:%H:%M} 至 {end:%H:%M}</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>from {start:%H:%M} to {end:%H:%M on %a %d %b}</source>
      <translation>{start:%H:%M} 至 {end:%m-%d %H:%M}</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>from {start:%H:%M} to {end:%H:%M on %a %d %b} on {start:%a %d %b}</source>
      <translation>{start:%m-%d %H:%M} 至 {end:%m-%d %H:%M}</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>The {car} is booked {span} for {customer} with {consultant}.</source>
      <translation>{car} 在 {span} 已被预约：客户 {customer}，陪同顾问 {consultant}。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>{consultant} is on a test drive with {customer} {span} ({car}).</source>
      <translation>{consultant} 在 {span} 陪同 {customer} 试驾（{car}）。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>{consultant} is handing a car over to {customer} {span} ({car}).</source>
      <translation>{consultant} 在 {span} 为 {customer} 交车（{car}）。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>{customer} has a test drive booked already {span} with {consultant} ({car}).</source>
      <translation>{customer} 已在 {span} 预约了试驾，陪同顾问 {consultant}（{car}）。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>The nearest free time for this car is {span}.</source>
      <translation>此车最近的空闲时间是 {span}。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>The {car} is free then.</source>
      <translation>{car} 在该时段空闲。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>There is no test drive with number {drive_id}.</source>
      <translation>没有编号为 {drive_id} 的试驾。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>choose a car of the test-drive fleet</source>
      <translation>请选择试驾车队中的车辆</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>there is no fleet car with number {vehicle_id}</source>
      <translation>没有编号为 {vehicle_id} 的试驾车</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>the {vehicle_label} is out of service: choose another car</source>
      <translation>{vehicle_label}已停用：请选择其他车辆</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>choose the consultant who goes along</source>
      <translation>请选择陪同的销售顾问</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>pick the customer who drives</source>
      <translation>请选择驾驶的客户</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>there is no customer with number {customer_id}</source>
      <translation>没有编号为 {customer_id} 的客户</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>This test drive was changed on another PC after you opened it; look at it again, then repeat your change.</source>
      <translation>您打开此试驾后，它已在另一台电脑上被修改；请再看一遍，然后重新修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>the new return time has passed already</source>
      <translation>新的还车时间已经过了</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>The licence is checked before the car leaves; this test drive is {value}.</source>
      <translation>驾驶证在出车前核对；此试驾{value}。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>The booked time of this test drive is over: move the booking to a new time first.</source>
      <translation>此试驾的预约时间已过：请先把预约改到新的时间。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>The {make} {model} {reason}.</source>
      <translation>{make} {model} {reason}。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>must not be lower than the car's last reading ({odometer_km:,} km)</source>
      <translation>不能低于车辆上次读数（{odometer_km:,} 公里）</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>must be available, in preparation or out of service</source>
      <translation>必须是可用、整备中或停用</translation>
    </message>
    <message>
      <location filename="../../showroom/services/test_drives.py" />
      <source>Both cards have a test drive at the same time (test drives {first} and {second}): cancel or move one of them, then merge the cards.</source>
      <translation>两张卡片在同一时间都有试驾（试驾 {first} 和 {second}）：请取消或改期其中一个，然后合并卡片。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/users.py" />
      <source>must be at least {min_password} characters</source>
      <translation>至少 {min_password} 个字符</translation>
    </message>
    <message>
      <location filename="../../showroom/admin/users.py" />
      <source>must be at most 256 characters</source>
      <translation>最多 256 个字符</translation>
    </message>
    <message>
      <location filename="../../showroom/admin/users.py" />
      <source>must not be the user name</source>
      <translation>不能与用户名相同</translation>
    </message>
    <message>
      <location filename="../../showroom/admin/users.py" />
      <source>{name!r} is reserved for the command line</source>
      <translation>{name!r} 保留给命令行使用</translation>
    </message>
    <message>
      <location filename="../../showroom/admin/users.py" />
      <source>{name!r} is taken by another user</source>
      <translation>{name!r} 已被其他用户使用</translation>
    </message>
    <message>
      <location filename="../../showroom/admin/users.py" />
      <location filename="../../showroom/deliveries/service.py" />
      <location filename="../../showroom/kernel/tasks.py" />
      <location filename="../../showroom/showroom_day/service.py" />
      <source>there is no user with number {user_id}</source>
      <translation>没有编号为 {user_id} 的用户</translation>
    </message>
    <message>
      <location filename="../../showroom/admin/users.py" />
      <source>The user name or the password is wrong.</source>
      <translation>用户名或密码错误。</translation>
    </message>
    <message>
      <location filename="../../showroom/admin/users.py" />
      <location filename="../../showroom/admin/sign_in_guard.py" />
      <source>Too many wrong passwords; wait {wait} before trying again.</source>
      <translation>密码错误次数过多；请等待 {wait} 后再试。</translation>
    </message>
    <message>
      <location filename="../../showroom/services/users.py" />
      <source>This database has an admin already; ask them to add your account.</source>
      <translation>此数据库已有管理员；请让管理员为您添加账户。</translation>
    </message>
    <message>
      <location filename="../../showroom/admin/users.py" />
      <source>{display_name}'s account was changed on another PC after you opened the list; the list shows it as it is now.</source>
      <translation>您打开列表后，{display_name} 的账户已在另一台电脑上被修改；列表显示的是当前状态。</translation>
    </message>
    <message>
      <location filename="../../showroom/admin/users.py" />
      <source>{display_name} is the last active admin, so you cannot {what}: make another user an admin first, so someone can still manage users, backups and settings.</source>
      <translation>{display_name} 是最后一位在用的管理员，因此您不能{what}：请先让另一位用户成为管理员，以便仍有人管理用户、备份和设置。</translation>
    </message>
    <message>
      <location filename="../../showroom/core/text.py" />
      <location filename="../../showroom/customers/domain.py" />
      <location filename="../../showroom/deals/domain.py" />
      <location filename="../../showroom/kernel/roles.py" />
      <location filename="../../showroom/kernel/settings.py" />
      <location filename="../../showroom/test_drives/domain.py" />
      <source>must not contain control characters</source>
      <translation>不能包含控制字符</translation>
    </message>
    <message>
      <location filename="../../showroom/core/text.py" />
      <location filename="../../showroom/test_drives/service.py" />
      <source>must be at most {max_length} characters</source>
      <translation>最多 {max_length} 个字符</translation>
    </message>
    <message>
      <location filename="../../showroom/customer_file/erase.py" />
      <source>say why the data is erased (at least 5 characters)</source>
      <translation>请说明删除数据的原因（至少 5 个字符）</translation>
    </message>
    <message>
      <location filename="../../showroom/customer_file/merge.py" />
      <source>A customer cannot be merged with itself.</source>
      <translation>客户不能与自身合并。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <location filename="../../showroom/deals/checklist.py" />
      <location filename="../../showroom/deliveries/service.py" />
      <location filename="../../showroom/kernel/roles.py" />
      <location filename="../../showroom/kernel/settings.py" />
      <location filename="../../showroom/showroom_day/domain.py" />
      <location filename="../../showroom/test_drives/domain.py" />
      <location filename="../../showroom/test_drives/fleet.py" />
      <location filename="../../showroom/vehicles/boutique.py" />
      <source>must not be empty</source>
      <translation>不能为空</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>is too long to be a phone number</source>
      <translation>太长，不是电话号码</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>{value} is not a phone number</source>
      <translation>{value} 不是电话号码</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>{value} is not a valid phone number for {region}</source>
      <translation>{value} 不是 {region} 的有效电话号码</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>{value} is not a valid phone number</source>
      <translation>{value} 不是有效的电话号码</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>{value} is not a valid e-mail address ({reason})</source>
      <translation>{value} 不是有效的邮箱地址（{reason}）</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>{value} is not an amount of money</source>
      <translation>{value} 不是金额</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>must be between 0 and 9,999,999,999.99</source>
      <translation>必须在 0 到 9,999,999,999.99 之间</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>{value} is not a whole number</source>
      <translation>{value} 不是整数</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>must be between {low:,} and {high:,}</source>
      <translation>必须在 {low:,} 到 {high:,} 之间</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <location filename="../../showroom/kernel/roles.py" />
      <source>must be one of {allowed}, not {value}</source>
      <translation>必须是 {allowed} 之一，不能是 {value}</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>at most {max_phones} numbers per customer</source>
      <translation>每位客户最多 {max_phones} 个号码</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <location filename="../../showroom/customers/follow_ups.py" />
      <source>must be one of {choices}</source>
      <translation>必须是 {choices} 之一</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>must not be below the budget from</source>
      <translation>不能低于预算下限</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>must be at most 10,000 characters</source>
      <translation>最多 10,000 个字符</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/exporting.py" />
      <source>Showroom exports .csv and .xlsx files, not {kind}: name the file {value}.csv or {value}.xlsx.</source>
      <translation>Showroom 导出 .csv 和 .xlsx 文件，不导出 {kind}：请把文件命名为 {value}.csv 或 {value}.xlsx。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/exporting.py" />
      <source>The folder {folder} does not exist.</source>
      <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/exporting.py" />
      <source>{file} cannot be written ({value}); nothing was exported.</source>
      <translation>无法写入 {file}（{value}）；未导出任何内容。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/follow_ups.py" />
      <location filename="../../showroom/deliveries/service.py" />
      <location filename="../../showroom/test_drives/service.py" />
      <source>must not be in the past</source>
      <translation>不能是过去的时间</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/follow_ups.py" />
      <location filename="../../showroom/customers/walk_ins.py" />
      <location filename="../../showroom/deals/domain.py" />
      <location filename="../../showroom/sales/domain.py" />
      <location filename="../../showroom/showroom_day/domain.py" />
      <location filename="../../showroom/vehicles/domain.py" />
      <location filename="../../showroom/vehicles/stock.py" />
      <source>must be one of {allowed}</source>
      <translation>必须是 {allowed} 之一</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/follow_ups.py" />
      <location filename="../../showroom/deliveries/domain.py" />
      <source>must be today or later</source>
      <translation>必须是今天或以后</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/follow_ups.py" />
      <source>That follow-up does not belong to this customer.</source>
      <translation>该跟进不属于此客户。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/follow_ups.py" />
      <source>That follow-up was already done.</source>
      <translation>该跟进已经完成。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/importing.py" />
      <source>The import was cancelled; nothing was imported.</source>
      <translation>导入已取消；未导入任何内容。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/importing.py" />
      <source>The column mapping has {count} entries but {name} has {columns} columns.</source>
      <translation>列映射有 {count} 项，但 {name} 有 {columns} 列。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/importing.py" />
      <source>The columns '{other}' and '{header}' are both mapped to {target}; map one of them to another field or leave it out.</source>
      <translation>列 '{other}' 和 '{header}' 都映射到了 {target}；请把其中一列映射到其他字段，或不导入。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/importing.py" />
      <source>None of the columns of {name} ({value}{more}) holds the customer's name: name one 'Name', 'Full name' or '姓名', or choose the column in the import dialog.</source>
      <translation>{name} 的列（{value}{more}）中没有客户姓名：请把一列命名为 'Name'、'Full name' 或 '姓名'，或在导入对话框中选择该列。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/importing.py" />
      <source>there is no user named {name!r}</source>
      <translation>没有名为 {name!r} 的用户</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/importing.py" />
      <source>{name!r} names more than one user</source>
      <translation>{name!r} 对应多个用户</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/importing.py" />
      <source>{value!r} has '?' in place of a letter: the file lost characters when it was saved; save it as UTF-8 (in Excel: CSV UTF-8) and import it again</source>
      <translation>{value!r} 中有 '?' 代替了文字：保存文件时丢失了字符；请另存为 UTF-8（Excel 中选 CSV UTF-8）后重新导入</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/importing.py" />
      <source>must be yes or no, not {value!r}</source>
      <translation>必须是 yes 或 no，不能是 {value!r}</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/importing.py" />
      <source>{name} has a header row but no customers below it.</source>
      <translation>{name} 有标题行，但下面没有客户。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/service.py" />
      <source>{full_name} (customer {id}) has the same {matched_on} {value}: open that card or merge the two.</source>
      <translation>{full_name}（客户 {id}）的{matched_on}同为 {value}：请打开该卡片，或合并两张卡片。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/service.py" />
      <location filename="../../showroom/customers/walk_ins.py" />
      <location filename="../../showroom/test_drives/service.py" />
      <source>there is no user with number {consultant_id}</source>
      <translation>没有编号为 {consultant_id} 的用户</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/service.py" />
      <source>{full_name}'s card was changed on another PC after you opened it; reload it to see the changes, then apply yours again.</source>
      <translation>您打开{full_name}的卡片后，它已在另一台电脑上被修改；请重新加载查看更改，然后再次修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/tabular.py" />
      <source>{name} cannot be imported: Showroom reads .csv and .xlsx files, not {kind}.</source>
      <translation>无法导入 {name}：Showroom 读取 .csv 和 .xlsx 文件，不读取 {kind}。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/tabular.py" />
      <source>There is no file {file}.</source>
      <translation>文件 {file} 不存在。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/tabular.py" />
      <source>{file} is a folder, not a file.</source>
      <translation>{file} 是文件夹，不是文件。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/tabular.py" />
      <source>{file} cannot be read ({value}).</source>
      <translation>无法读取 {file}（{value}）。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/tabular.py" />
      <source>{name} is empty.</source>
      <translation>{name} 是空的。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/tabular.py" />
      <source>{name} is larger than {value} MB; split it into smaller files.</source>
      <translation>{name} 大于 {value} MB；请拆分成较小的文件。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/tabular.py" />
      <source>{name} is not a CSV file: it is a zip archive, perhaps an Excel workbook (give it the .xlsx extension).</source>
      <translation>{name} 不是 CSV 文件：它是 zip 压缩包，可能是 Excel 工作簿（请使用 .xlsx 扩展名）。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/tabular.py" />
      <source>{name} is not a CSV file but a PDF document.</source>
      <translation>{name} 不是 CSV 文件，而是 PDF 文档。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/tabular.py" />
      <source>{name} is not a text (CSV) file.</source>
      <translation>{name} 不是文本（CSV）文件。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/tabular.py" />
      <source>Line {line_num} of {name} cannot be read as CSV ({error}).</source>
      <translation>{name} 的第 {line_num} 行无法按 CSV 读取（{error}）。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/tabular.py" />
      <source>{name} is not an Excel workbook (.xlsx), or it is damaged.</source>
      <translation>{name} 不是 Excel 工作簿（.xlsx），或已损坏。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/tabular.py" />
      <source>{name} is damaged and cannot be read as a workbook.</source>
      <translation>{name} 已损坏，无法作为工作簿读取。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/tabular.py" />
      <source>{name} has no worksheet.</source>
      <translation>{name} 没有工作表。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/tabular.py" />
      <source>{name} is damaged and cannot be read.</source>
      <translation>{name} 已损坏，无法读取。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/visits.py" />
      <source>must be from 1 to {max_party}</source>
      <translation>必须在 1 到 {max_party} 之间</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/visits.py" />
      <source>must not be before the time in</source>
      <translation>不能早于到店时间</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/walk_ins.py" />
      <source>There is no walk-in with number {walk_in_id}.</source>
      <translation>没有编号为 {walk_in_id} 的到店记录。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/walk_ins.py" />
      <source>choose a customer, create one, or describe the visitor for later</source>
      <translation>请选择客户、新建客户，或描述访客以便日后处理</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/walk_ins.py" />
      <source>This visit has ended already.</source>
      <translation>此次到店已结束。</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/walk_ins.py" />
      <source>This walk-in is linked to a customer already.</source>
      <translation>此到店记录已关联客户。</translation>
    </message>
    <message>
      <location filename="../../showroom/dashboard/service.py" />
      <source>there is no list called {key!r}</source>
      <translation>没有名为 {key!r} 的列表</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/checklist.py" />
      <source>must be from 0 to {max_due_days}</source>
      <translation>必须在 0 到 {max_due_days} 之间</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/checklist.py" />
      <source>“{title}” is done already.</source>
      <translation>“{title}”已经完成。</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/checklist.py" />
      <source>“{title}” needs its value before it is done</source>
      <translation>“{title}”需要先填写数值才能完成</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/checklist.py" />
      <source>“{title}” is not done, so it cannot be reopened.</source>
      <translation>“{title}”尚未完成，无法重新打开。</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/checklist.py" />
      <source>say why the step is reopened</source>
      <translation>请说明重新打开此步骤的原因</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/checklist.py" />
      <source>“{title}” is done: reopen it before clearing its value</source>
      <translation>“{title}”已完成：请先重新打开，再清除其数值</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/checklist_templates.py" />
      <source>The {checklist} template was changed on another PC after you opened it; reload it, then apply your changes again.</source>
      <translation>您打开{checklist}模板后，它已在另一台电脑上被修改；请重新加载，然后再次修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/checklist_templates.py" />
      <source>a checklist needs at least one step</source>
      <translation>清单至少需要一个步骤</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/checklist_templates.py" />
      <source>a checklist may have at most {max_steps} steps</source>
      <translation>清单最多 {max_steps} 个步骤</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/checklist_templates.py" />
      <source>step {number}: {rule_text}</source>
      <translation>第 {number} 步：{rule_text}</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/checklist_templates.py" />
      <source>step {number}: an accessory stage cannot ask for a value</source>
      <translation>第 {number} 步：精品阶段不能要求填值</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/checklist_templates.py" />
      <source>step {number}: must not contain '|'</source>
      <translation>第 {number} 步：不能包含 '|'</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/checklist_templates.py" />
      <source>two steps have the same title</source>
      <translation>有两个步骤的标题相同</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>{value} is not a whole number of months</source>
      <translation>{value} 不是整月数</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>must be from 1 to {max_term_months} months</source>
      <translation>必须在 1 到 {max_term_months} 个月之间</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>{value} is not a percentage</source>
      <translation>{value} 不是百分比</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>must be from 0 to {max_apr} %</source>
      <translation>必须在 0 到 {max_apr} % 之间</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>may have at most 2 decimal places</source>
      <translation>最多保留 2 位小数</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <location filename="../../showroom/vehicles/boutique.py" />
      <location filename="../../showroom/vehicles/stock.py" />
      <source>is required</source>
      <translation>必填</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>must be more than zero</source>
      <translation>必须大于零</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>is required for {value}</source>
      <translation>{value} 时必填</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>must not be more than the list price</source>
      <translation>不能高于指导价</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>must not be more than the price of the car, accessories and fees</source>
      <translation>不能高于车价、精品和费用的总和</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>must not be more than the amount to pay</source>
      <translation>不能高于应付金额</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>leaves nothing to borrow: choose cash or a smaller deposit</source>
      <translation>已无贷款金额：请选择全款或降低首付</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>must be less than the amount borrowed</source>
      <translation>必须低于贷款金额</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>must be from 1 to {max_quantity}</source>
      <translation>必须在 1 到 {max_quantity} 之间</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>choose a stock car or name the make to order</source>
      <translation>请选择库存车，或填写要订购的品牌</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>choose a stock car or name the model to order</source>
      <translation>请选择库存车，或填写要订购的车型</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>must be at most 4,000 characters</source>
      <translation>最多 4,000 个字符</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/plans.py" />
      <source>There is no purchase plan with number {plan_id}.</source>
      <translation>没有编号为 {plan_id} 的购车方案。</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/plans.py" />
      <source>list each accessory once, with its quantity</source>
      <translation>每种精品只列一次，并填写数量</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/plans.py" />
      <source>there is no accessory number {boutique_item_id}</source>
      <translation>没有编号为 {boutique_item_id} 的精品</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/plans.py" />
      <source>“{name}” is no longer in the catalogue</source>
      <translation>“{name}”已不在目录中</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/plans.py" />
      <source>there is no stock car with number {vehicle_id}</source>
      <translation>没有编号为 {vehicle_id} 的库存车</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/plans.py" />
      <source>the {make} {model} ({car}) is {status}: choose another car or a model to order</source>
      <translation>{make} {model}（{car}）{status}：请选择其他车辆或要订购的车型</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/plans.py" />
      <source>“{title}” was changed on another PC after you opened it; reload it to see the changes, then apply yours again.</source>
      <translation>您打开“{title}”后，它已在另一台电脑上被修改；请重新加载查看更改，然后再次修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/plans.py" />
      <source>“{title}” is {status} and can no longer be changed; copy it to a new plan instead.</source>
      <translation>“{title}”{status}，不能再修改；请复制为新方案。</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/service.py" />
      <source>There is no deal with number {deal_id}.</source>
      <translation>没有编号为 {deal_id} 的订单。</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/service.py" />
      <source>There is no checklist item with number {item_id}.</source>
      <translation>没有编号为 {item_id} 的清单项。</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/service.py" />
      <source>The {label} has just been reserved{holder}; choose another car or a model to order.</source>
      <translation>{label}刚刚被预订{holder}；请选择其他车辆或要订购的车型。</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/service.py" />
      <source>The {label} is {status}{holder}; choose another car or a model to order.</source>
      <translation>{label}{status}{holder}；请选择其他车辆或要订购的车型。</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/service.py" />
      <source>The {label} is a test-drive car, not for sale.</source>
      <translation>{label}是试驾车，不出售。</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/service.py" />
      <source>“{title}” was changed on another PC after you opened it; look at it again before accepting it.</source>
      <translation>您打开“{title}”后，它已在另一台电脑上被修改；接受前请再看一遍。</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/service.py" />
      <source>“{title}” is accepted already (deal {deal}); only an open plan can be accepted.</source>
      <translation>“{title}”已被接受（订单 {deal}）；只能接受未结的方案。</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/service.py" />
      <source>“{title}” is {status}; only an open plan can be accepted.</source>
      <translation>“{title}”{status}；只能接受未结的方案。</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/service.py" />
      <source>That car has just been reserved for another deal; choose another car.</source>
      <translation>这辆车刚刚被另一个订单预订；请选择其他车辆。</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/service.py" />
      <source>“{title}” was accepted or changed on another PC a moment ago.</source>
      <translation>“{title}”刚刚在另一台电脑上被接受或修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/service.py" />
      <source>Deal {id} is {status}; its checklists can no longer change.</source>
      <translation>订单 {id} {status}，其清单不能再修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/service.py" />
      <source>“{title}” was changed on another PC a moment ago; look at it again.</source>
      <translation>“{title}”刚刚在另一台电脑上被修改；请再看一遍。</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/service.py" />
      <source>there is no user with number {responsible_id}</source>
      <translation>没有编号为 {responsible_id} 的用户</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/service.py" />
      <source>Deal {id} was changed on another PC a moment ago.</source>
      <translation>订单 {id} 刚刚在另一台电脑上被修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/service.py" />
      <source>Deal {id} is {status} already.</source>
      <translation>订单 {id} 已经是{status}状态。</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/service.py" />
      <source>say why the deal is cancelled</source>
      <translation>请说明取消订单的原因</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/service.py" />
      <source>Deal {id} is {value} already.</source>
      <translation>订单 {id} 已经是{value}状态。</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/service.py" />
      <source>Deal {id} cannot be completed until its checklists are: {choices}.</source>
      <translation>订单 {id} 的以下清单完成前不能完成订单：{choices}。</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/domain.py" />
      <source>must be from {min_minutes} to {max_minutes} minutes</source>
      <translation>必须在 {min_minutes} 到 {max_minutes} 分钟之间</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/domain.py" />
      <source>must be from 0 to {max_keys}</source>
      <translation>必须在 0 到 {max_keys} 之间</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/domain.py" />
      <source>must be a whole number from 1 to 5</source>
      <translation>必须是 1 到 5 的整数</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/domain.py" />
      <source>say what is still owed to the customer</source>
      <translation>请写明仍欠客户的事项</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/domain.py" />
      <source>write why the car is handed over with open checklists (5 characters or more)</source>
      <translation>请写明在清单未完成时交车的原因（至少 5 个字符）</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/domain.py" />
      <source>Delivery {delivery_id} is {status}; it can no longer change.</source>
      <translation>交车 {delivery_id} {status}，不能再修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>Another delivery took this bay or consultant a moment ago; choose another time.</source>
      <translation>另一个交车刚刚占用了此交车位或销售顾问；请选择其他时间。</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <location filename="../../showroom/test_drives/service.py" />
      <source>from {start:%H:%M} to {end:%H:%M} on {start:%a %d %b}</source>
      <translation>{start:%m-%d %H:%M} 至 {end:%H:%M}</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>{bay} is booked {span} for the delivery to {customer}.</source>
      <translation>{bay} 在 {span} 已被预订，用于向 {customer} 交车。</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>{consultant} is on a test drive with {customer} {span}.</source>
      <translation>{consultant} 在 {span} 陪同 {customer} 试驾。</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>{consultant} hands over a car to {customer} {span} ({bay}).</source>
      <translation>{consultant} 在 {span} 为 {customer} 交车（{bay}）。</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>There is no delivery with number {delivery_id}.</source>
      <translation>没有编号为 {delivery_id} 的交车。</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>Delivery {delivery_id} cannot be completed while the deal's checklists are open: {choices}. A manager can override with a written reason.</source>
      <translation>订单的清单尚未完成，交车 {delivery_id} 不能完成：{choices}。经理可填写书面原因强制放行。</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>This delivery was changed on another PC a moment ago; look again.</source>
      <translation>此交车刚刚在另一台电脑上被修改；请再看一遍。</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>Delivery {id} was changed on another PC a moment ago; look again.</source>
      <translation>交车 {id} 刚刚在另一台电脑上被修改；请再看一遍。</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>must be chosen</source>
      <translation>必须选择</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <location filename="../../showroom/test_drives/service.py" />
      <source>{display_name} no longer works here</source>
      <translation>{display_name} 已不在此工作</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>{display_name} is not a manager</source>
      <translation>{display_name} 不是经理</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <location filename="../../showroom/test_drives/service.py" />
      <source>must be given</source>
      <translation>必填</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>must be one of the delivery bays: {choices}</source>
      <translation>必须是以下交车位之一：{choices}</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>choose the deal whose car is delivered</source>
      <translation>请选择要交车的订单</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>there is no deal with number {deal_id}</source>
      <translation>没有编号为 {deal_id} 的订单</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>Deal {id} is {status}; its car cannot be delivered again.</source>
      <translation>订单 {id} {status}，不能再次交车。</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>Deal {id} has delivery {already} planned already; move that one instead.</source>
      <translation>订单 {id} 已安排交车 {already}；请改期那一次交车。</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>say why the delivery is cancelled</source>
      <translation>请说明取消交车的原因</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>There is no delivery item with number {item_id}.</source>
      <translation>没有编号为 {item_id} 的交车项。</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>“{title}” was changed on another PC a moment ago; look again.</source>
      <translation>“{title}”刚刚在另一台电脑上被修改；请再看一遍。</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>must be from 0 to 2,000,000 km</source>
      <translation>必须在 0 到 2,000,000 公里之间</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>Delivery {id} is cancelled.</source>
      <translation>交车 {id} 已取消。</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>There is no “we owe” item with number {owed_id}.</source>
      <translation>没有编号为 {owed_id} 的“待兑现承诺”。</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>“{text}” was changed on another PC a moment ago; look again.</source>
      <translation>“{text}”刚刚在另一台电脑上被修改；请再看一遍。</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>“{text}” was done already.</source>
      <translation>“{text}”已经完成。</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>Deal {id} is {status}; its car cannot be handed over.</source>
      <translation>订单 {id} {status}，不能交车。</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>There is no satisfaction call with number {follow_up_id}.</source>
      <translation>没有编号为 {follow_up_id} 的满意度回访。</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/service.py" />
      <source>That satisfaction call was made already.</source>
      <translation>该满意度回访已经完成。</translation>
    </message>
    <message>
      <location filename="../../showroom/demo/world.py" />
      <source>must be a whole number from 1 to {max_customers:,}</source>
      <translation>必须是 1 到 {max_customers:,} 的整数</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/access.py" />
      <source>This user account is closed; sign in again.</source>
      <translation>此用户账户已关闭，请重新登录。</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/access.py" />
      <source>{display_name} ({role}) may not {value}; ask a manager.</source>
      <translation>{display_name}（{role}）无权{value}；请联系经理。</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/access.py" />
      <source>This customer belongs to another consultant; ask them or a manager to share the card with you.</source>
      <translation>此客户属于其他销售顾问；请让对方或经理把卡片共享给您。</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/access.py" />
      <source>there is no user with number {with_user}</source>
      <translation>没有编号为 {with_user} 的用户</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/access.py" />
      <source>There is no customer with number {customer_id}.</source>
      <translation>没有编号为 {customer_id} 的客户。</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/archive.py" />
      <source>no user has the id {user_id}</source>
      <translation>没有编号为 {user_id} 的用户</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/archive.py" />
      <source>no document has the id {document_id}</source>
      <translation>没有编号为 {document_id} 的单据</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/clock.py" />
      <source>must look like 08:00-20:00</source>
      <translation>格式必须像 08:00-20:00</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/clock.py" />
      <source>must hold times from 00:00 to 24:00</source>
      <translation>时间必须在 00:00 到 24:00 之间</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/clock.py" />
      <source>must end after they start</source>
      <translation>结束时间必须晚于开始时间</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/document_kind.py" />
      <source>{value!r} is not a document number like CC-2026-000123</source>
      <translation>{value!r} 不是单据编号（例如 CC-2026-000123）</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/money.py" />
      <source>{value} is not an amount of money (like {example})</source>
      <translation>{value} 不是金额（例如 {example}）</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/money.py" />
      <source>must not be negative</source>
      <translation>不能为负数</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/money.py" />
      <source>is too large</source>
      <translation>太大</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/money.py" />
      <source>may have at most {places} decimal places in {currency}</source>
      <translation>{currency} 金额最多保留 {places} 位小数</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/money.py" />
      <source>must be a whole amount in {currency}</source>
      <translation>{currency} 金额必须是整数</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/pdf/formatting.py" />
      <source>{name!r} is not a known time zone</source>
      <translation>{name!r} 不是已知的时区</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/pdf/formatting.py" />
      <source>{code!r} is not a known locale such as en_GB</source>
      <translation>{code!r} 不是已知的区域设置（例如 en_GB）</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/pdf/formatting.py" />
      <source>{currency!r} is not a currency code such as GBP</source>
      <translation>{currency!r} 不是货币代码（例如 GBP）</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/pdf/layout.py" />
      <source>must be A4 or Letter, not {name!r}</source>
      <translation>必须是 A4 或 Letter，不能是 {name!r}</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/pdf/layout.py" />
      <source>must be written #RRGGBB, like #1F4E79, not {brand_colour!r}</source>
      <translation>必须写成 #RRGGBB（例如 #1F4E79），不能是 {brand_colour!r}</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/pdf/layout.py" />
      <source>{logo} is not a readable PNG or JPEG image</source>
      <translation>{logo} 不是可读取的 PNG 或 JPEG 图片</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/roles.py" />
      <source>must be at most 40 characters</source>
      <translation>最多 40 个字符</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>must be at most 200 characters</source>
      <translation>最多 200 个字符</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>{value} is not a two-letter country code such as GB, DE or CN</source>
      <translation>{value} 不是两个字母的国家代码（例如 GB、DE 或 CN）</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>{value} is not a currency code such as GBP, EUR or CNY</source>
      <translation>{value} 不是货币代码（例如 GBP、EUR 或 CNY）</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>{value} is not a time zone such as Europe/London</source>
      <translation>{value} 不是时区（例如 Europe/London）</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>{value} is not a locale such as en_GB or zh_CN</source>
      <translation>{value} 不是区域设置（例如 en_GB 或 zh_CN）</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>must be a whole number of minutes from 10 to 240</source>
      <translation>必须是 10 到 240 之间的整数分钟</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>must be a whole number of minutes from 0 (never) to 480</source>
      <translation>必须是 0（从不）到 480 之间的整数分钟</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>must not be empty: the customer signs them</source>
      <translation>不能为空：客户要签署这些条款</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>must be at most 6,000 characters (about one page)</source>
      <translation>最多 6,000 个字符（约一页）</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>must be A4 or Letter</source>
      <translation>必须是 A4 或 Letter</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>must list days from 1 to 365 separated by commas, e.g. 1, 7, 30</source>
      <translation>必须列出 1 到 365 之间的天数，用逗号分隔，例如 1, 7, 30</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>must be a whole number of days from 1 to 90</source>
      <translation>必须是 1 到 90 之间的整数天数</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>must list at least one entry; separate entries with ';'</source>
      <translation>至少列出一项；各项之间用 ';' 分隔</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>may list at most 40 entries</source>
      <translation>最多列出 40 项</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>each bay's name must be at most {max_bay} characters</source>
      <translation>每个交车位名称最多 {max_bay} 个字符</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>must be a whole number of minutes from 15 to 480</source>
      <translation>必须是 15 到 480 之间的整数分钟</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>must be at most 500 characters</source>
      <translation>最多 500 个字符</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings.py" />
      <source>must be a full folder path such as E:\Showroom backups or /media/usb/backups, or empty for the data folder</source>
      <translation>必须是完整的文件夹路径（例如 E:\Showroom backups 或 /media/usb/backups），或留空以使用数据文件夹</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/settings_store.py" />
      <source>Another PC changed the showroom settings meanwhile ({changed}); reload them, then make your change again.</source>
      <translation>其间另一台电脑修改了展厅设置（{changed}）；请重新加载，然后再次修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/tasks.py" />
      <source>{display_name} is no longer an active user</source>
      <translation>{display_name} 已不是在用用户</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/tasks.py" />
      <source>must say what to do</source>
      <translation>必须写明要做什么</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/tasks.py" />
      <source>there is no task with number {task_id}</source>
      <translation>没有编号为 {task_id} 的任务</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/tasks.py" />
      <source>Someone changed this task on another PC at the same moment; nothing was saved. The list shows it as it is now.</source>
      <translation>有人同时在另一台电脑上修改了此任务；未保存任何内容。列表显示的是当前状态。</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/tasks.py" />
      <source>This task is closed already.</source>
      <translation>此任务已关闭。</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/tasks.py" />
      <source>Only the task's owner or a manager can mark it done.</source>
      <translation>只有任务负责人或经理可以将其标记为完成。</translation>
    </message>
    <message>
      <location filename="../../showroom/printing/batch.py" />
      <source>{value} cannot be printed for a whole day; these can: {names}</source>
      <translation>{value} 不能按整天打印；可以按整天打印的有：{names}</translation>
    </message>
    <message>
      <location filename="../../showroom/printing/customer_card.py" />
      <source>no customer has the id {customer_id}</source>
      <translation>没有编号为 {customer_id} 的客户</translation>
    </message>
    <message>
      <location filename="../../showroom/printing/daily_checklist.py" />
      <source>No checklist was started for {day_text}, so there is nothing filled in to print; print the blank form instead.</source>
      <translation>{day_text} 没有开始检查表，因此没有已填写的内容可打印；请改为打印空白表。</translation>
    </message>
    <message>
      <location filename="../../showroom/printing/deal_forms.py" />
      <source>no purchase plan has the id {plan_id}</source>
      <translation>没有编号为 {plan_id} 的购车方案</translation>
    </message>
    <message>
      <location filename="../../showroom/printing/deal_forms.py" />
      <source>no deal has the id {deal_id}</source>
      <translation>没有编号为 {deal_id} 的订单</translation>
    </message>
    <message>
      <location filename="../../showroom/printing/handover.py" />
      <source>no delivery has the id {delivery_id}</source>
      <translation>没有编号为 {delivery_id} 的交车</translation>
    </message>
    <message>
      <location filename="../../showroom/printing/test_drive_agreement.py" />
      <source>This test drive is {value}: there is nothing to sign.</source>
      <translation>此试驾{value}：没有需要签署的内容。</translation>
    </message>
    <message>
      <location filename="../../showroom/printing/test_drive_agreement.py" />
      <source>record the customer's driving licence before printing the agreement</source>
      <translation>打印协议前请登记客户的驾驶证</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>{level} has no follow-up interval</source>
      <translation>{level} 没有回访间隔</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>must be a whole number of days from {low} to {high}</source>
      <translation>必须是 {low} 到 {high} 之间的整数天数</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>must be given when a competitor won</source>
      <translation>客户购买竞品时必须填写</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>must say why when the reason is other</source>
      <translation>原因为“其他”时必须说明</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>must be a whole number from 0 to {high}</source>
      <translation>必须是 0 到 {high} 之间的整数</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/service.py" />
      <source>F is set by marking the prospect lost</source>
      <translation>F 级只能通过申请战败设置</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/service.py" />
      <source>This prospect is lost; reactivate it first.</source>
      <translation>该潜客已战败，请先激活。</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/service.py" />
      <source>This prospect waits for the manager's decision on a lost sale.</source>
      <translation>该潜客的战败申请正在等待经理审批。</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/service.py" />
      <source>This prospect is already lost.</source>
      <translation>该潜客已经战败。</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/service.py" />
      <source>This prospect already waits for the manager's decision on a lost sale.</source>
      <translation>该潜客的战败申请正在等待经理审批。</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/service.py" />
      <source>must say why the lost sale is sent back</source>
      <translation>必须说明退回战败申请的原因</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/service.py" />
      <source>This prospect is not lost.</source>
      <translation>该潜客未战败。</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/service.py" />
      <source>There is no lost sale with number {lost_id}.</source>
      <translation>没有编号为 {lost_id} 的战败申请。</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/service.py" />
      <source>Someone decided on this lost sale meanwhile; reload it.</source>
      <translation>其他人已处理该战败申请，请重新加载。</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/service.py" />
      <source>This lost sale was already decided.</source>
      <translation>该战败申请已处理。</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/targets.py" />
      <source>must be a consultant of the showroom</source>
      <translation>必须是本展厅的销售顾问</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/targets.py" />
      <source>set the showroom's target of the month first</source>
      <translation>请先设置展厅本月目标</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/targets.py" />
      <source>must end after it starts</source>
      <translation>结束必须晚于开始</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/targets.py" />
      <source>A consultant sees their own figures and the showroom's totals.</source>
      <translation>销售顾问只能查看自己的数据和展厅合计。</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/domain.py" />
      <source>The checklist of {day_text} is signed off; a signed-off day cannot be changed.</source>
      <translation>{day_text} 的检查表已确认；已确认的日期不能修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/domain.py" />
      <source>Only a manager or an admin can {action}.</source>
      <translation>只有经理或管理员可以{action}。</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/domain.py" />
      <source>must be a real calendar day written YYYY-MM-DD, like 2026-11-26, not {raw!r}</source>
      <translation>必须是真实的日期，写成 YYYY-MM-DD（例如 2026-11-26），不能是 {raw!r}</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/domain.py" />
      <source>must be a time of day such as 09:30, not {value}</source>
      <translation>必须是时间（例如 09:30），不能是 {value}</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/domain.py" />
      <source>must be a whole number from 1 to {max_count}, or none</source>
      <translation>必须是 1 到 {max_count} 的整数，或留空</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/domain.py" />
      <source>the walk-in check counts the register by itself</source>
      <translation>到店检查项会自动统计登记数</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/domain.py" />
      <source>must say what is wrong, so the owner can fix it</source>
      <translation>必须写明问题所在，以便负责人处理</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/domain.py" />
      <source>must be a whole number from 0 to {max_count}</source>
      <translation>必须是 0 到 {max_count} 的整数</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/service.py" />
      <source>Only today's checklist can be started; {day} is not today ({today}).</source>
      <translation>只能开始今天的检查表；{day} 不是今天（{today}）。</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/service.py" />
      <source>there is no checklist line with number {item_id}</source>
      <translation>没有编号为 {item_id} 的检查表行</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/service.py" />
      <source>Someone reopened this check on another PC; nothing was saved. The list shows it as it is now.</source>
      <translation>有人在另一台电脑上重新打开了此检查项；未保存任何内容。列表显示的是当前状态。</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/service.py" />
      <source>{name} ticked this check at {clock} on another PC; nothing was saved. The list shows it as it is now.</source>
      <translation>{name} 于 {clock} 在另一台电脑上勾选了此检查项；未保存任何内容。列表显示的是当前状态。</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/service.py" />
      <source>{name} marked this check failed at {clock} on another PC; nothing was saved. The list shows it as it is now.</source>
      <translation>{name} 于 {clock} 在另一台电脑上将此检查项标记为未通过；未保存任何内容。列表显示的是当前状态。</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/service.py" />
      <source>This check is ticked already.</source>
      <translation>此检查项已勾选。</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/service.py" />
      <source>this check has nothing to count</source>
      <translation>此检查项无需计数</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/service.py" />
      <source>This check is marked failed already.</source>
      <translation>此检查项已标记为未通过。</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/service.py" />
      <source>choose who will fix it</source>
      <translation>请选择处理人</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/service.py" />
      <source>must not be before the day of the checklist</source>
      <translation>不能早于检查表的日期</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/service.py" />
      <source>This check is neither ticked nor failed.</source>
      <translation>此检查项既未勾选也未标记为未通过。</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/service.py" />
      <source>there is no checklist with number {day_id}</source>
      <translation>没有编号为 {day_id} 的检查表</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/service.py" />
      <source>there is no section with number {section_id}</source>
      <translation>没有编号为 {section_id} 的分区</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/service.py" />
      <source>there is no check with number {check_id}</source>
      <translation>没有编号为 {check_id} 的检查项</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/service.py" />
      <source>Someone changed the checklist template on another PC at the same moment; nothing was saved. The template shows their change now.</source>
      <translation>有人同时在另一台电脑上修改了检查表模板；未保存任何内容。模板现在显示的是对方的修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/service.py" />
      <source>The template needs at least one section.</source>
      <translation>模板至少需要一个分区。</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/service.py" />
      <source>must be from 1 to 12</source>
      <translation>必须在 1 到 12 之间</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/backup.py" />
      <source>The backup to {target} failed: {reason}.</source>
      <translation>备份到 {target} 失败：{reason}。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/backup.py" />
      <source>The file {source} cannot be read ({reason}); nothing was changed.</source>
      <translation>无法读取文件 {source}（{reason}）；未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/backup.py" />
      <source>The file {source} is not an SQLite database, so it is no Showroom backup; nothing was changed.</source>
      <translation>文件 {source} 不是 SQLite 数据库，因此不是 Showroom 备份；未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/backup.py" />
      <source>The file {source} is damaged or is not a Showroom backup ({error}); nothing was changed.</source>
      <translation>文件 {source} 已损坏或不是 Showroom 备份（{error}）；未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/backup.py" />
      <source>The file {file} is damaged or is not a database ({error}).</source>
      <translation>文件 {file} 已损坏或不是数据库（{error}）。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/backup.py" />
      <source>The database {file} could not be set aside as {name} ({reason}).</source>
      <translation>无法把数据库 {file} 另存为 {name}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/backup.py" />
      <source>The database {live} is open in another program (is Showroom running?); close it and try again. Nothing was changed.</source>
      <translation>数据库 {live} 已被其他程序打开（Showroom 是否正在运行？）；请关闭后重试。未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/backup.py" />
      <source>The database {live} could not be replaced ({reason}); it was left as it was.</source>
      <translation>无法替换数据库 {live}（{reason}）；数据库保持原样。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/config.py" />
      <source>The database URL {text!r} is not valid: {url_help}.</source>
      <translation>数据库地址 {text!r} 无效：{url_help}。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/config.py" />
      <source>The database URL uses the driver {driver!r}, which Showroom does not ship: {url_help}.</source>
      <translation>数据库地址使用驱动 {driver!r}，Showroom 未附带该驱动：{url_help}。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/config.py" />
      <source>The database URL names no database: {url_help}.</source>
      <translation>数据库地址未指明数据库：{url_help}。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/config.py" />
      <source>The SQLite database URL names no file: {url_help}.</source>
      <translation>SQLite 数据库地址未指明文件：{url_help}。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/config.py" />
      <source>Showroom works with SQLite or PostgreSQL, not {backend!r}: {url_help}.</source>
      <translation>Showroom 支持 SQLite 或 PostgreSQL，不支持 {backend!r}：{url_help}。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/config.py" />
      <source>The data folder {home} cannot be used: {reason}.</source>
      <translation>无法使用数据文件夹 {home}：{reason}。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/database.py" />
      <source>The database server at {server} cannot be reached; your last change was not saved. Showroom will reconnect when it is back.</source>
      <translation>无法连接 {server} 上的数据库服务器；您最后的更改未保存。服务器恢复后 Showroom 会重新连接。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/database.py" />
      <source>The database server at {server} cannot be reached; Showroom will reconnect when it is back.</source>
      <translation>无法连接 {server} 上的数据库服务器；服务器恢复后 Showroom 会重新连接。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/database.py" />
      <source>Someone changed this record on another PC at the same moment; nothing was saved. Reload it and make your change again.</source>
      <translation>有人同时在另一台电脑上修改了此记录；未保存任何内容。请重新加载后再次修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/database.py" />
      <source>The database file {file} cannot be opened: {error}.</source>
      <translation>无法打开数据库文件 {file}：{error}。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/database.py" />
      <source>The database file {file} is damaged or is not a Showroom database ({error}); it was left untouched.</source>
      <translation>数据库文件 {file} 已损坏或不是 Showroom 数据库（{error}）；未做改动。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/database.py" />
      <source>The database file {file} failed its integrity check ({value}); it was left untouched.</source>
      <translation>数据库文件 {file} 未通过完整性检查（{value}）；未做改动。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/migrate.py" />
      <source>The database {where} holds tables of another program; Showroom left it untouched.</source>
      <translation>数据库 {where} 含有其他程序的表；Showroom 未做改动。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/migrate.py" />
      <source>The database {where} was written by a newer version of Showroom (schema {revision}); install that version on this PC. Nothing was changed.</source>
      <translation>数据库 {where} 由更新版本的 Showroom 写入（架构 {revision}）；请在此电脑上安装该版本。未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/migrate.py" />
      <source>The upgrade would break {count} links between records; the database was left as it was.</source>
      <translation>升级会破坏 {count} 处记录间链接；数据库保持原样。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/pg_tools.py" />
      <source>{name}, a PostgreSQL client tool Showroom needs for this, is not in SHOWROOM_PG_BIN ({override}); point SHOWROOM_PG_BIN at the folder that holds it.</source>
      <translation>Showroom 执行此操作需要 PostgreSQL 客户端工具 {name}，但它不在 SHOWROOM_PG_BIN（{override}）中；请把 SHOWROOM_PG_BIN 指向包含它的文件夹。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/pg_tools.py" />
      <source>{name}, a PostgreSQL client tool Showroom needs for this, is not installed on this PC (looked on PATH and in the usual PostgreSQL folders); install the PostgreSQL client tools (e.g. apt-get install postgresql-client) or set SHOWROOM_PG_BIN to their folder.</source>
      <translation>Showroom 执行此操作需要 PostgreSQL 客户端工具 {name}，但此电脑未安装（已在 PATH 和常见的 PostgreSQL 文件夹中查找）；请安装 PostgreSQL 客户端工具（例如 apt-get install postgresql-client），或把 SHOWROOM_PG_BIN 设为其文件夹。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/pg_tools.py" />
      <source>pg_dump could not back up the database: {first_error_line}.</source>
      <translation>pg_dump 无法备份数据库：{first_error_line}。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/pg_tools.py" />
      <source>There is no file {archive}; nothing was changed.</source>
      <translation>文件 {archive} 不存在；未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/pg_tools.py" />
      <source>The file {archive} is not a PostgreSQL backup made by 'showroom backup' ({first_error_line}); nothing was changed.</source>
      <translation>文件 {archive} 不是由 'showroom backup' 制作的 PostgreSQL 备份（{first_error_line}）；未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/pg_tools.py" />
      <source>pg_restore could not read {archive} ({first_error_line}); nothing was changed.</source>
      <translation>pg_restore 无法读取 {archive}（{first_error_line}）；未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../showroom/storage/pg_tools.py" />
      <source>The restore failed and was rolled back, so the database is as it was: {first_error_line}.</source>
      <translation>恢复失败并已回滚，数据库保持原样：{first_error_line}。</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>This test drive is {words}: {refusal}.</source>
      <translation>此试驾{words}：{refusal}。</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>This test drive has not been checked out yet: check it out first.</source>
      <translation>此试驾尚未出车：请先出车。</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>The test drive has not begun yet: a customer can be a no-show only once the booked time has started.</source>
      <translation>试驾尚未开始：只有到了预约时间，客户才能记为爽约。</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>The car is out on this test drive: only its planned return time can change.</source>
      <translation>车辆正在此次试驾中：只能修改计划还车时间。</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>must be from {min_minutes} to {max_minutes} minutes, not {minutes}</source>
      <translation>必须在 {min_minutes} 到 {max_minutes} 分钟之间，不能是 {minutes}</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>{at:%H:%M} does not exist on {day:%d %b %Y}: the clocks go forward then</source>
      <translation>{day:%Y-%m-%d} 没有 {at:%H:%M} 这个时刻：当天时钟拨快</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>may hold only the letters A-Z and digits</source>
      <translation>只能包含字母 A-Z 和数字</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>must be from 5 to 20 letters and digits</source>
      <translation>必须是 5 到 20 个字母和数字</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>must name the country (and state) of issue</source>
      <translation>必须写明签发国家（及州/省）</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>must be at most 60 characters</source>
      <translation>最多 60 个字符</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>must be given (it is printed on the licence)</source>
      <translation>必填（驾驶证上印有此项）</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>the licence expired on {expires_on:%d %b %Y}: the customer cannot drive</source>
      <translation>驾驶证已于 {expires_on:%Y-%m-%d} 过期：客户不能驾驶</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>the licence expires on {expires_on:%d %b %Y}, before the drive ends at {end:%H:%M on %d %b}: shorten the drive or do not let the customer drive</source>
      <translation>驾驶证于 {expires_on:%Y-%m-%d} 到期，早于试驾结束时间 {end:%m-%d %H:%M}：请缩短试驾，或不让客户驾驶</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>record the customer's driving licence before the check-out</source>
      <translation>出车前请登记客户的驾驶证</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>tick it once you have compared the licence photo with the customer</source>
      <translation>核对驾驶证照片与客户本人后请勾选</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>must be from 0 to {max_odometer_km:,} km</source>
      <translation>必须在 0 到 {max_odometer_km:,} 公里之间</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>must be a percentage from 0 to 100</source>
      <translation>必须是 0 到 100 的百分比</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>must not be lower than at check-out ({odometer_out:,} km); check the reading</source>
      <translation>不能低于出车时的读数（{odometer_out:,} 公里）；请检查读数</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>must be from 1 to 5 stars, or left empty</source>
      <translation>必须是 1 到 5 星，或留空</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/fleet.py" />
      <source>There is no fleet car with number {vehicle_id}.</source>
      <translation>没有编号为 {vehicle_id} 的试驾车。</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/fleet.py" />
      <source>its check digit (9th character) is {value!r} but the other characters give {expected!r}. Compare the VIN with the car's papers: if it is printed like this (many cars built outside North America have no check digit), accept the warning</source>
      <translation>校验位（第 9 位）是 {value!r}，但按其他字符应为 {expected!r}。请与车辆证件核对车架号：如果证件上就是这样（许多在北美以外生产的车辆没有校验位），请接受此警告</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/fleet.py" />
      <source>must be given: a test-drive car is on the road</source>
      <translation>必填：试驾车需要上路</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/fleet.py" />
      <source>must be 2 to 12 letters and digits (spaces and dashes allowed between)</source>
      <translation>必须是 2 到 12 个字母和数字（中间可有空格和连字符）</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/fleet.py" />
      <source>belongs to another vehicle already ({make} {model}, number {number})</source>
      <translation>已属于另一辆车（{make} {model}，编号 {number}）</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/fleet.py" />
      <source>must be from 1990 to 2100</source>
      <translation>必须在 1990 到 2100 之间</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/fleet.py" />
      <source>The {make} {model} was changed on another PC after you opened it; reload it, then apply your changes again.</source>
      <translation>您打开{make} {model}后，它已在另一台电脑上被修改；请重新加载，然后再次修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/fleet.py" />
      <source>must not be lower than the last reading ({odometer_km:,} km)</source>
      <translation>不能低于上次读数（{odometer_km:,} 公里）</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>Another booking took this time a moment ago.</source>
      <translation>另一个预约刚刚占用了这个时间。</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>from {start:%H:%M} to {end:%H:%M}</source>
      <translation>{start:%H:%M} 至 {end:%H:%M}</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>from {start:%H:%M} to {end:%H:%M on %a %d %b}</source>
      <translation>{start:%H:%M} 至 {end:%m-%d %H:%M}</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>from {start:%H:%M} to {end:%H:%M on %a %d %b} on {start:%a %d %b}</source>
      <translation>{start:%m-%d %H:%M} 至 {end:%m-%d %H:%M}</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>The {car} is booked {span} for {customer} with {consultant}.</source>
      <translation>{car} 在 {span} 已被预约：客户 {customer}，陪同顾问 {consultant}。</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>{consultant} is on a test drive with {customer} {span} ({car}).</source>
      <translation>{consultant} 在 {span} 陪同 {customer} 试驾（{car}）。</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>{consultant} is handing a car over to {customer} {span} ({car}).</source>
      <translation>{consultant} 在 {span} 为 {customer} 交车（{car}）。</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>{customer} has a test drive booked already {span} with {consultant} ({car}).</source>
      <translation>{customer} 已在 {span} 预约了试驾，陪同顾问 {consultant}（{car}）。</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>The nearest free time for this car is {span}.</source>
      <translation>此车最近的空闲时间是 {span}。</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>The {car} is free then.</source>
      <translation>{car} 在该时段空闲。</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>There is no test drive with number {drive_id}.</source>
      <translation>没有编号为 {drive_id} 的试驾。</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>choose a car of the test-drive fleet</source>
      <translation>请选择试驾车队中的车辆</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>there is no fleet car with number {vehicle_id}</source>
      <translation>没有编号为 {vehicle_id} 的试驾车</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>the {vehicle_label} is out of service: choose another car</source>
      <translation>{vehicle_label}已停用：请选择其他车辆</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>choose the consultant who goes along</source>
      <translation>请选择陪同的销售顾问</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>pick the customer who drives</source>
      <translation>请选择驾驶的客户</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>there is no customer with number {customer_id}</source>
      <translation>没有编号为 {customer_id} 的客户</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>This test drive was changed on another PC after you opened it; look at it again, then repeat your change.</source>
      <translation>您打开此试驾后，它已在另一台电脑上被修改；请再看一遍，然后重新修改。</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>the new return time has passed already</source>
      <translation>新的还车时间已经过了</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>The licence is checked before the car leaves; this test drive is {value}.</source>
      <translation>驾驶证在出车前核对；此试驾{value}。</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>The booked time of this test drive is over: move the booking to a new time first.</source>
      <translation>此试驾的预约时间已过：请先把预约改到新的时间。</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>The {make} {model} {reason}.</source>
      <translation>{make} {model} {reason}。</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>must not be lower than the car's last reading ({odometer_km:,} km)</source>
      <translation>不能低于车辆上次读数（{odometer_km:,} 公里）</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>must be available, in preparation or out of service</source>
      <translation>必须是可用、整备中或停用</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/service.py" />
      <source>Both cards have a test drive at the same time (test drives {first} and {second}): cancel or move one of them, then merge the cards.</source>
      <translation>两张卡片在同一时间都有试驾（试驾 {first} 和 {second}）：请取消或改期其中一个，然后合并卡片。</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/boutique.py" />
      <source>There is no boutique accessory with number {item_id}.</source>
      <translation>没有编号为 {item_id} 的精品。</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/boutique.py" />
      <source>{clean!r} is in the catalogue already</source>
      <translation>{clean!r} 已在目录中</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/boutique.py" />
      <source>“{name}” was changed on another PC after you opened it; reload the catalogue.</source>
      <translation>您打开“{name}”后，它已在另一台电脑上被修改；请重新加载目录。</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/domain.py" />
      <source>must be 17 characters, not {count}</source>
      <translation>必须是 17 个字符，不能是 {count} 个</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/domain.py" />
      <source>must not contain the letters I, O or Q ({char!r} at position {position})</source>
      <translation>不能包含字母 I、O 或 Q（第 {position} 位是 {char!r}）</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/domain.py" />
      <source>may hold only letters and digits ({char!r} at position {position})</source>
      <translation>只能包含字母和数字（第 {position} 位是 {char!r}）</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/domain.py" />
      <source>A car goes on a drive by checking out a test drive, not by hand.</source>
      <translation>车辆通过试驾出车才会外出，不能手动设置。</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/domain.py" />
      <source>The car is out on a test drive: check the drive in first, then change its status.</source>
      <translation>车辆正在试驾中：请先还车，再修改其状态。</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/inventory.py" />
      <source>There is no vehicle with number {vehicle_id}.</source>
      <translation>没有编号为 {vehicle_id} 的车辆。</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/inventory.py" />
      <source>check digit (position 9) is {value!r} but the other characters give {expected!r}: check the VIN, or a manager can accept it for a VIN without a check digit</source>
      <translation>校验位（第 9 位）是 {value!r}，但按其他字符应为 {expected!r}：请检查车架号，或由经理接受没有校验位的车架号</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/inventory.py" />
      <source>{vin} is another vehicle's VIN already</source>
      <translation>{vin} 已是另一辆车的车架号</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/inventory.py" />
      <source>{stock_number} is taken by another car</source>
      <translation>{stock_number} 已被另一辆车使用</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/inventory.py" />
      <source>{floor_position} is taken by a {make} {model}</source>
      <translation>{floor_position} 已被 {make} {model} 占用</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/inventory.py" />
      <source>This is a test-drive car; edit it in the fleet.</source>
      <translation>这是试驾车；请在试驾车队中编辑。</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/inventory.py" />
      <source>The {make} {model} was changed on another PC after you opened it; reload it to see the changes.</source>
      <translation>您打开{make} {model}后，它已在另一台电脑上被修改；请重新加载查看更改。</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/stock.py" />
      <source>must be a year from {min_year} to {max_year}</source>
      <translation>必须是 {min_year} 到 {max_year} 之间的年份</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/stock.py" />
      <source>stays {status} while a deal holds the car</source>
      <translation>订单占用此车期间保持“{status}”</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/stock.py" />
      <source>{value} is set by a deal: accept a purchase plan to reserve the car</source>
      <translation>{value} 由订单设定：请接受购车方案来预订此车</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/stock.py" />
      <source>is required for a car on display</source>
      <translation>展车必填</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/stock.py" />
      <source>is only for a car on display</source>
      <translation>仅用于展车</translation>
    </message>
    <message>
      <source>“{title}” is {what}; only an open plan can be accepted.</source>
      <translation type="obsolete">“{title}”{what}；只能接受未结的方案。</translation>
    </message>
    <message>
      <source>{what} on another PC; nothing was saved. The list shows it as it is now.</source>
      <translation type="obsolete">{what}（在另一台电脑上）；未保存任何内容。列表显示的是当前状态。</translation>
    </message>
    <message>
      <source>{value} is not a valid e-mail address ({shown_reason})</source>
      <translation type="obsolete">{value} 不是有效的邮箱地址（{shown_reason}）</translation>
    </message>
    <message>
      <source>{value} is not a valid phone number{where}</source>
      <translation type="obsolete">{value} 不是有效的电话号码{where}</translation>
    </message>
    <message>
      <source>This test drive is {words}: it cannot be {action}.</source>
      <translation type="obsolete">此试驾为 {words}：无法 {action}。</translation>
    </message>
  </context>
  <context>
    <name>DomainValues</name>
    <message>
      <location filename="../../showroom/admin/users.py" />
      <source>make them a consultant</source>
      <translation>把其改为销售顾问</translation>
    </message>
    <message>
      <location filename="../../showroom/admin/users.py" />
      <source>make them a manager</source>
      <translation>把其改为经理</translation>
    </message>
    <message>
      <location filename="../../showroom/admin/users.py" />
      <source>deactivate them</source>
      <translation>停用其账户</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>An email address must have an @-sign</source>
      <translation>邮箱地址必须包含 @ 符号</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>There must be something after the @-sign</source>
      <translation>@ 符号后面必须有内容</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>There must be something before the @-sign</source>
      <translation>@ 符号前面必须有内容</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>The part after the @-sign is not valid. It should have a period</source>
      <translation>@ 符号后面的部分无效，应包含句点</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>The part after the @-sign is not valid. It is not within a valid top-level domain</source>
      <translation>@ 符号后面的部分无效，不属于有效的顶级域名</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>An email address cannot have two periods in a row</source>
      <translation>邮箱地址不能有两个连续的句点</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>The email address contains invalid characters before the @-sign</source>
      <translation>@ 符号前面有无效字符</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>The email address contains an invalid character</source>
      <translation>邮箱地址含有无效字符</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>There can't be anything after the email address</source>
      <translation>邮箱地址后面不能有其他内容</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>lead</source>
      <translation>线索</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>prospect</source>
      <translation>意向客户</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>customer</source>
      <translation>成交客户</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>owner</source>
      <translation>车主</translation>
    </message>
    <message>
      <location filename="../../showroom/customers/domain.py" />
      <source>lost</source>
      <translation>已流失</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>open</source>
      <translation>未结</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>accepted</source>
      <translation>已接受</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <source>declined</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <location filename="../../showroom/deliveries/domain.py" />
      <source>completed</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="../../showroom/deals/domain.py" />
      <location filename="../../showroom/deliveries/domain.py" />
      <location filename="../../showroom/test_drives/domain.py" />
      <source>cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="../../showroom/deliveries/domain.py" />
      <source>planned</source>
      <translation>已计划</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>open this customer's card</source>
      <translation>打开此客户的卡片</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>create customer cards</source>
      <translation>新建客户卡片</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>edit this customer's card</source>
      <translation>编辑此客户的卡片</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>give a customer to another consultant</source>
      <translation>把客户转给其他销售顾问</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>share this customer</source>
      <translation>共享此客户</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>merge customer cards</source>
      <translation>合并客户卡片</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>log contacts with this customer</source>
      <translation>记录与此客户的联系</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>register walk-ins</source>
      <translation>登记到店</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>print this customer's documents</source>
      <translation>打印此客户的单据</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>import customers</source>
      <translation>导入客户</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>export customers</source>
      <translation>导出客户</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>see licence and ID numbers in full</source>
      <translation>查看完整的驾驶证号和证件号</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>export everything held about a customer</source>
      <translation>导出客户的全部资料</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>erase a customer's personal data</source>
      <translation>删除客户的个人数据</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>edit checklist templates</source>
      <translation>编辑清单模板</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>accept a VIN whose check digit does not match</source>
      <translation>接受校验位不符的车架号</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>override a blocked delivery</source>
      <translation>强制放行受阻的交车</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>sign off the showroom day</source>
      <translation>确认展厅当日检查</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>view the audit trail</source>
      <translation>查看审计记录</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>change the showroom's settings</source>
      <translation>修改展厅设置</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>manage users</source>
      <translation>管理用户</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>back up and restore the database</source>
      <translation>备份和恢复数据库</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>plan this customer's delivery</source>
      <translation>安排此客户的交车</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>hand this customer's car over</source>
      <translation>向此客户交车</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>book and run this customer's test drives</source>
      <translation>预约和办理此客户的试驾</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>work on this customer's purchase plans and deals</source>
      <translation>处理此客户的购车方案和订单</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>tick the daily showroom checklist</source>
      <translation>勾选每日展厅检查表</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>create and complete tasks</source>
      <translation>新建和完成任务</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>add and change test-drive cars</source>
      <translation>添加和修改试驾车</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>add and change stock cars</source>
      <translation>添加和修改库存车</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>edit the boutique price list</source>
      <translation>编辑精品价目表</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>set the month's sales targets</source>
      <translation>设置本月销售目标</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>approve or return lost sales</source>
      <translation>审批或退回战败申请</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/permissions.py" />
      <source>change the follow-up interval of each intent level</source>
      <translation>修改各意向级别的回访间隔</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/roles.py" />
      <source>consultant</source>
      <translation>销售顾问</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/roles.py" />
      <source>manager</source>
      <translation>经理</translation>
    </message>
    <message>
      <location filename="../../showroom/kernel/roles.py" />
      <source>admin</source>
      <translation>管理员</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>H: buys within 7 days</source>
      <translation>H：7 天内购买</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>A: buys within 15 days</source>
      <translation>A：15 天内购买</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>B: buys within 30 days</source>
      <translation>B：30 天内购买</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>C: buys within about 3 months</source>
      <translation>C：约 3 个月内购买</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>N: new, not graded</source>
      <translation>N：新客户，未分级</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>O: ordered</source>
      <translation>O：已订车</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>F: lost</source>
      <translation>F：战败</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>bought a competitor's car</source>
      <translation>购买了竞品车</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>bought our brand at another dealer</source>
      <translation>在其他经销商购买了本品牌</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>price</source>
      <translation>价格</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>financing refused</source>
      <translation>贷款未获批</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>trade-in value</source>
      <translation>置换估价</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>no stock or delivery time</source>
      <translation>无现车或交车周期长</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>postponed the purchase</source>
      <translation>推迟购车</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>wrong or dead number</source>
      <translation>号码错误或空号</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>no answer after several calls</source>
      <translation>多次致电无人接听</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>moved away</source>
      <translation>已迁居外地</translation>
    </message>
    <message>
      <location filename="../../showroom/sales/domain.py" />
      <source>other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../showroom/showroom_day/service.py" />
      <source>edit the checklist template</source>
      <translation>编辑检查表模板</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>booked</source>
      <translation>已预约</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>out on the road</source>
      <translation>正在路上</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>returned</source>
      <translation>已还车</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>a no-show</source>
      <translation>已记为爽约</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>it cannot be checked out</source>
      <translation>不能出车</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>it cannot be checked in</source>
      <translation>不能还车</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>it cannot be cancelled</source>
      <translation>不能取消</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>it cannot be marked as a no-show</source>
      <translation>不能记为爽约</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>it cannot be moved</source>
      <translation>不能改期</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>out</source>
      <translation>试驾中</translation>
    </message>
    <message>
      <location filename="../../showroom/test_drives/domain.py" />
      <source>no show</source>
      <translation>爽约</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/domain.py" />
      <source>in transit</source>
      <translation>在途</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/domain.py" />
      <source>in stock</source>
      <translation>在库</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/domain.py" />
      <source>on display</source>
      <translation>在展</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/domain.py" />
      <source>reserved</source>
      <translation>已预订</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/domain.py" />
      <source>sold</source>
      <translation>已售出</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/domain.py" />
      <source>delivered</source>
      <translation>已交车</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/domain.py" />
      <source>available</source>
      <translation>可用</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/domain.py" />
      <source>on drive</source>
      <translation>试驾中</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/domain.py" />
      <source>in preparation</source>
      <translation>整备中</translation>
    </message>
    <message>
      <location filename="../../showroom/vehicles/domain.py" />
      <source>out of service</source>
      <translation>停用</translation>
    </message>
  </context>
  <context>
    <name>DriveCalendar</name>
    <message>
      <location filename="../../ui/pages/test_drives/calendar.py" />
      <source>Booked</source>
      <translation>已预约</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/calendar.py" />
      <source>Out</source>
      <translation>出车中</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/calendar.py" />
      <source>Back</source>
      <translation>已还车</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/calendar.py" />
      <source>No-show</source>
      <translation>爽约</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/calendar.py" />
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/calendar.py" />
      <source>Available</source>
      <translation>可用</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/calendar.py" />
      <source>On a drive</source>
      <translation>试驾中</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/calendar.py" />
      <source>In preparation</source>
      <translation>整备中</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/calendar.py" />
      <source>Out of service</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/calendar.py" />
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/calendar.py" />
      <source>{customer} with {consultant}
{start}–{end} · {state}</source>
      <translation>{customer}，顾问 {consultant}
{start}–{end} · {state}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/calendar.py" />
      <source>Car</source>
      <translation>车辆</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/calendar.py" />
      <source>No test-drive cars yet: add them on the Fleet tab.</source>
      <translation>还没有试驾车：请在“试驾车”标签页添加。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/calendar.py" />
      <source>{day} · {n} drives</source>
      <translation>{day} · {n} 次试驾</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/calendar.py" />
      <source>No-show: {name}</source>
      <translation>爽约：{name}</translation>
    </message>
  </context>
  <context>
    <name>ExportCustomers</name>
    <message>
      <location filename="../../ui/dialogs/export_customers.py" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/export_customers.py" />
      <source>CSV, UTF-8 (*.csv)</source>
      <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/export_customers.py" />
      <source>Export customers</source>
      <translation>导出客户</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/export_customers.py" />
      <source>Writing {name}…</source>
      <translation>正在写入 {name}…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/export_customers.py" />
      <source>customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/export_customers.py" />
      <source>Exported {count} customers to {path}.</source>
      <translation>已导出 {count} 位客户到 {path}。</translation>
    </message>
  </context>
  <context>
    <name>FleetCarDialog</name>
    <message>
      <location filename="../../ui/dialogs/fleet_car.py" />
      <source>Edit test-drive car</source>
      <translation>编辑试驾车</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/fleet_car.py" />
      <source>Add test-drive car</source>
      <translation>添加试驾车</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/fleet_car.py" />
      <source>17 characters, from the papers or the windscreen</source>
      <translation>17 位，见行驶证或挡风玻璃</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/fleet_car.py" />
      <source>Accept this VIN as printed on the car's papers</source>
      <translation>以车辆证件上的车架号为准，予以接受</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/fleet_car.py" />
      <source>e.g. Volkswagen</source>
      <translation>例如：大众</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/fleet_car.py" />
      <source>e.g. Golf</source>
      <translation>例如：高尔夫</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/fleet_car.py" />
      <source>e.g. GTI</source>
      <translation>例如：GTI</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/fleet_car.py" />
      <source>not known</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/fleet_car.py" />
      <source>as on the number plate</source>
      <translation>与车牌一致</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/fleet_car.py" />
      <source> km</source>
      <translation> 公里</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/fleet_car.py" />
      <source>&amp;VIN:</source>
      <translation>车架号(&amp;V)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/fleet_car.py" />
      <source>&amp;Make:</source>
      <translation>品牌(&amp;M)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/fleet_car.py" />
      <source>M&amp;odel:</source>
      <translation>车型(&amp;O)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/fleet_car.py" />
      <source>&amp;Trim:</source>
      <translation>配置(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/fleet_car.py" />
      <source>&amp;Colour:</source>
      <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/fleet_car.py" />
      <source>&amp;Year:</source>
      <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/fleet_car.py" />
      <source>&amp;Plate:</source>
      <translation>车牌(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/fleet_car.py" />
      <source>O&amp;dometer:</source>
      <translation>里程表(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/fleet_car.py" />
      <source>&amp;Fuel / charge:</source>
      <translation>油量 / 电量(&amp;F)：</translation>
    </message>
  </context>
  <context>
    <name>FleetModel</name>
    <message>
      <location filename="../../ui/models/fleet.py" />
      <source>Available</source>
      <translation>可用</translation>
    </message>
    <message>
      <location filename="../../ui/models/fleet.py" />
      <source>On a drive</source>
      <translation>试驾中</translation>
    </message>
    <message>
      <location filename="../../ui/models/fleet.py" />
      <source>In preparation</source>
      <translation>整备中</translation>
    </message>
    <message>
      <location filename="../../ui/models/fleet.py" />
      <source>Out of service</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="../../ui/models/fleet.py" />
      <source>Car</source>
      <translation>车辆</translation>
    </message>
    <message>
      <location filename="../../ui/models/fleet.py" />
      <source>Colour</source>
      <translation>颜色</translation>
    </message>
    <message>
      <location filename="../../ui/models/fleet.py" />
      <source>Plate</source>
      <translation>车牌</translation>
    </message>
    <message>
      <location filename="../../ui/models/fleet.py" />
      <source>VIN</source>
      <translation>车架号</translation>
    </message>
    <message>
      <location filename="../../ui/models/fleet.py" />
      <source>Odometer</source>
      <translation>里程表</translation>
    </message>
    <message>
      <location filename="../../ui/models/fleet.py" />
      <source>Fuel / charge</source>
      <translation>油量 / 电量</translation>
    </message>
    <message>
      <location filename="../../ui/models/fleet.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../ui/models/fleet.py" />
      <source>{km} km</source>
      <translation>{km} 公里</translation>
    </message>
  </context>
  <context>
    <name>Form</name>
    <message>
      <location filename="../../ui/widgets/form.py" />
      <source>{rule}.</source>
      <translation>{rule}。</translation>
    </message>
  </context>
  <context>
    <name>ImportCustomersDialog</name>
    <message>
      <source>&amp;Next: preview</source>
      <translation>下一步：预览(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Phone 2</source>
      <translation>电话 2</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Phone 3</source>
      <translation>电话 3</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Phone 4</source>
      <translation>电话 4</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Phone 5</source>
      <translation>电话 5</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>E-mail</source>
      <translation>邮箱</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Consultant</source>
      <translation>销售顾问</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Preferred channel</source>
      <translation>首选联系方式</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Preferred time</source>
      <translation>首选时间</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Models of interest</source>
      <translation>意向车型</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Budget from</source>
      <translation>预算下限</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Budget to</source>
      <translation>预算上限</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Timeframe</source>
      <translation>购车时间</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Trade-in make</source>
      <translation>置换车品牌</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Trade-in model</source>
      <translation>置换车型</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Trade-in year</source>
      <translation>置换车年份</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Trade-in mileage (km)</source>
      <translation>置换车里程（公里）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Trade-in plate</source>
      <translation>置换车车牌</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Trade-in VIN</source>
      <translation>置换车车架号</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Consent to contact</source>
      <translation>同意接受联系</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>not imported</source>
      <translation>不导入</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Card field</source>
      <translation>资料卡字段</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Column names it is recognised by</source>
      <translation>可识别的列名</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Line</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>e-mail</source>
      <translation>邮箱</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Duplicate: line {line} has the same {what} {value}</source>
      <translation>重复：第 {line} 行的{what}相同 {value}</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Duplicate: {name} (customer {id}) has the same {what} {value}</source>
      <translation>重复：{name}（客户 {id}）的{what}相同 {value}</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>1 row</source>
      <translation>1 行</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>{n} rows</source>
      <translation>{n} 行</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>1 row rejected</source>
      <translation>1 行被拒绝</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>{n} rows rejected</source>
      <translation>{n} 行被拒绝</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>1 duplicate</source>
      <translation>1 条重复</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>{n} duplicates</source>
      <translation>{n} 条重复</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Checked {rows} of {file}: {ok} can be imported; {rejected}, {duplicates}. Nothing has been imported yet.</source>
      <translation>已检查 {file} 的 {rows}：{ok} 可以导入；{rejected}，{duplicates}。尚未导入任何数据。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Imported {ok} of {rows} from {file}; {rejected}, {duplicates}.</source>
      <translation>已从 {file} 导入 {ok}（共 {rows}）；{rejected}，{duplicates}。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Import customers</source>
      <translation>导入客户</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Choose a CSV or Excel (.xlsx) file with one customer per row and the column names in its first row. Next you will see how its columns fill the customer card; nothing is imported until you press Import.</source>
      <translation>请选择 CSV 或 Excel (.xlsx) 文件，每行一位客户，第一行为列名。下一步会显示各列如何填入客户资料卡；在按下“导入”之前不会导入任何数据。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Path of a .csv or .xlsx file</source>
      <translation>.csv 或 .xlsx 文件的路径</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>&amp;File:</source>
      <translation>文件(&amp;F)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>&amp;Browse…</source>
      <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Columns are matched to card fields by their names, in English or Chinese (you can change each match in the next step). Text files may be UTF-8, GB18030 or Windows-1252, separated by commas, semicolons or tabs.</source>
      <translation>各列按名称（英文或中文）对应到资料卡字段（下一步可逐一修改）。文本文件可以是 UTF-8、GB18030 或 Windows-1252 编码，以逗号、分号或制表符分隔。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>&amp;Next</source>
      <translation>下一步(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>&amp;Preview of the first rows (numbered as lines of the file):</source>
      <translation>前几行预览（按文件行号编号）(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>&amp;Back</source>
      <translation>上一步(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>&amp;Check</source>
      <translation>检查(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Check every row without importing anything</source>
      <translation>检查每一行，不导入任何数据</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>&amp;Import</source>
      <translation>导入(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Match the columns</source>
      <translation>对应各列</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Every row is fine.</source>
      <translation>每一行都没有问题。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>C&amp;opy list</source>
      <translation>复制列表(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Copy the rows left out, to fix them in the file</source>
      <translation>复制未导入的行，以便在文件中修正</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>&amp;Back to the columns</source>
      <translation>返回列设置(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Choose the file to import</source>
      <translation>选择要导入的文件</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Customer files (*.csv *.xlsx *.txt *.tsv *.xlsm);;All files (*)</source>
      <translation>客户文件 (*.csv *.xlsx *.txt *.tsv *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Reading {name}…</source>
      <translation>正在读取 {name}…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>, about {rows} rows</source>
      <translation>，约 {rows} 行</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>{name}: {how}{about}. Choose the card field each column fills.</source>
      <translation>{name}：{how}{about}。请为每一列选择要填入的资料卡字段。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Column in the file</source>
      <translation>文件中的列</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Fills the card field</source>
      <translation>填入资料卡字段</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>First values</source>
      <translation>前几个值</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Card field for the column {name}</source>
      <translation>列 {name} 对应的资料卡字段</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>— not imported —</source>
      <translation>— 不导入 —</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>{used} of {total} columns will be imported.</source>
      <translation>将导入 {used} 列（共 {total} 列）。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Choose the column that holds the customer's name (Full name).</source>
      <translation>请选择包含客户姓名的列（姓名）。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Checking the rows of {name}…</source>
      <translation>正在检查 {name} 的各行…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Importing {name}…</source>
      <translation>正在导入 {name}…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>rows</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Checking was stopped.</source>
      <translation>检查已停止。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>The import was cancelled; nothing was imported.</source>
      <translation>导入已取消；没有导入任何数据。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>{problem} Nothing was imported.</source>
      <translation>{problem}没有导入任何数据。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Check result</source>
      <translation>检查结果</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>Import finished</source>
      <translation>导入完成</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>&amp;Import {count} customers</source>
      <translation>导入 {count} 位客户(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>&amp;Done</source>
      <translation>完成(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/import_customers.py" />
      <source>line {line}</source>
      <translation>第 {line} 行</translation>
    </message>
  </context>
  <context>
    <name>IntentBar</name>
    <message>
      <location filename="../../ui/dialogs/intent_bar.py" />
      <source>How soon the customer expects to buy</source>
      <translation>客户预计多久购车</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/intent_bar.py" />
      <source>Mark l&amp;ost…</source>
      <translation>申请战败(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/intent_bar.py" />
      <source>Reactivat&amp;e</source>
      <translation>重新激活(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/intent_bar.py" />
      <source>&amp;Intent:</source>
      <translation>意向(&amp;I)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/intent_bar.py" />
      <source>Waiting for the manager's decision</source>
      <translation>等待经理审批</translation>
    </message>
  </context>
  <context>
    <name>LogContactDialog</name>
    <message>
      <location filename="../../ui/dialogs/log_contact.py" />
      <source>Phone call</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/log_contact.py" />
      <source>Message</source>
      <translation>短信</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/log_contact.py" />
      <source>E-mail</source>
      <translation>邮件</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/log_contact.py" />
      <source>Visit</source>
      <translation>到店</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/log_contact.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/log_contact.py" />
      <source>Reached</source>
      <translation>已联系上</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/log_contact.py" />
      <source>No answer</source>
      <translation>无人接听</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/log_contact.py" />
      <source>Left a message</source>
      <translation>已留言</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/log_contact.py" />
      <source>Appointment made</source>
      <translation>已预约</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/log_contact.py" />
      <source>Not interested</source>
      <translation>没有兴趣</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/log_contact.py" />
      <source>Log contact with {name}</source>
      <translation>记录与 {name} 的联系</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/log_contact.py" />
      <source>What was said, in a few words</source>
      <translation>沟通内容，简单几句</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/log_contact.py" />
      <source>&amp;Next follow-up on</source>
      <translation>下次跟进日期(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/log_contact.py" />
      <source>&amp;Channel:</source>
      <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/log_contact.py" />
      <source>&amp;Outcome:</source>
      <translation>结果(&amp;O)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/log_contact.py" />
      <source>N&amp;ote:</source>
      <translation>备注(&amp;O)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/log_contact.py" />
      <source>Save (Ctrl+Return)</source>
      <translation>保存（Ctrl+Return）</translation>
    </message>
  </context>
  <context>
    <name>LostSaleDialog</name>
    <message>
      <location filename="../../ui/dialogs/lost_sale.py" />
      <source>Mark lost</source>
      <translation>申请战败</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/lost_sale.py" />
      <source>&amp;Reason:</source>
      <translation>原因(&amp;R)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/lost_sale.py" />
      <source>Competitor &amp;brand:</source>
      <translation>竞品品牌(&amp;B)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/lost_sale.py" />
      <source>Competitor &amp;model:</source>
      <translation>竞品车型(&amp;M)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/lost_sale.py" />
      <source>&amp;Note:</source>
      <translation>备注(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/lost_sale.py" />
      <source>A consultant's lost sale waits for the manager's approval.</source>
      <translation>销售顾问的战败申请需经理审批。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>consultant</source>
      <translation>销售顾问</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>manager</source>
      <translation>经理</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>admin</source>
      <translation>管理员</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>Today</source>
      <translation>今日</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>Test drives</source>
      <translation>试驾</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>Deals</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>Deliveries</source>
      <translation>交车</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>Showroom day</source>
      <translation>展厅日检</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>Targets</source>
      <translation>目标</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>Showroom</source>
      <translation>Showroom</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>Signed in: {name} ({role})</source>
      <translation>已登录：{name}（{role}）</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>Opening the database…</source>
      <translation>正在打开数据库…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>&amp;Switch user…</source>
      <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>&amp;Lock</source>
      <translation>锁定(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>&amp;Print today's</source>
      <translation>打印今日文件(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>&amp;Users…</source>
      <translation>用户(&amp;U)…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>Add users, change roles, reset passwords (admins)</source>
      <translation>添加用户、更改角色、重置密码（管理员）</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>Audit &amp;trail…</source>
      <translation>审计日志(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>Who changed, printed or exported what (managers)</source>
      <translation>谁修改、打印或导出了什么（经理）</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>&amp;Back up now</source>
      <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>Copy the database to the backup folder set in Settings (admins)</source>
      <translation>将数据库复制到“设置”中指定的备份文件夹（管理员）</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>&amp;Customers</source>
      <translation>客户(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>&amp;Find customer</source>
      <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>New &amp;walk-in…</source>
      <translation>新到店登记(&amp;W)…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>&amp;New customer…</source>
      <translation>新客户(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>&amp;Import customers…</source>
      <translation>导入客户(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>&amp;Export customers…</source>
      <translation>导出客户(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>&amp;Go</source>
      <translation>转到(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>Back up</source>
      <translation>备份</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>Copying the database…</source>
      <translation>正在复制数据库…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>The database was not backed up</source>
      <translation>数据库未备份</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" />
      <source>Backed up to {path} ({size:.1f} MB).</source>
      <translation>已备份到 {path}（{size:.1f} MB）。</translation>
    </message>
    <message>
      <source>Delivery ceremonies and handovers.</source>
      <translation type="obsolete">交车仪式与交车。</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <location filename="../../ui/errors.py" />
      <source>Showroom</source>
      <translation>Showroom</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" />
      <source>Something went wrong</source>
      <translation>出错了</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" />
      <source>Showroom met an unexpected problem and stopped that action. Your saved work is safe. If it happens again, copy the details and send them to your IT contact.</source>
      <translation>Showroom 遇到意外问题，已停止该操作。您已保存的工作是安全的。如果再次发生，请复制详细信息并发送给 IT 人员。</translation>
    </message>
    <message>
      <location filename="../../ui/errors.py" />
      <source>Copy details</source>
      <translation>复制详细信息</translation>
    </message>
    <message>
      <location filename="../../ui/i18n/messages.py" />
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <location filename="../../ui/i18n/messages.py" />
      <source>{field}: {rule}</source>
      <translation>{field}：{rule}</translation>
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" />
      <source>The printer could not be started.</source>
      <translation>无法启动打印机。</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" />
      <source>&amp;Print…</source>
      <translation>打印(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" />
      <source>&amp;Save as PDF…</source>
      <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" />
      <source>&amp;Open in PDF viewer</source>
      <translation>在 PDF 阅读器中打开(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" />
      <source>Close (Esc)</source>
      <translation>关闭（Esc）</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" />
      <source>No PDF viewer is set up on this computer.</source>
      <translation>此电脑上没有设置 PDF 阅读器。</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" />
      <source>The document was not printed: {error}</source>
      <translation>文件未打印：{error}</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" />
      <source>Save as PDF</source>
      <translation>另存为 PDF</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" />
      <source>PDF documents (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" />
      <source>The PDF could not be saved to {path}: {error}</source>
      <translation>PDF 无法保存到 {path}：{error}</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" />
      <source>The PDF could not be opened: {error}</source>
      <translation>无法打开 PDF：{error}</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" />
      <source>Zoom in</source>
      <translation>放大</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" />
      <source>Zoom out</source>
      <translation>缩小</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" />
      <source>Fit to width</source>
      <translation>适合宽度</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" />
      <source>1 page</source>
      <translation>1 页</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/pdf_preview.py" />
      <source>{count} pages</source>
      <translation>{count} 页</translation>
    </message>
  </context>
  <context>
    <name>PlanComparison</name>
    <message>
      <location filename="../../ui/dialogs/plan_comparison.py" />
      <source>Plans of {name}</source>
      <translation>{name} 的购车方案</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_comparison.py" />
      <source>One column per plan; ←/→ choose a plan. The lowest amount to pay and total payable are in green.</source>
      <translation>每个方案一列；←/→ 选择方案。最低的应付金额和还款总额以绿色显示。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_comparison.py" />
      <source>&amp;New plan…</source>
      <translation>新建方案(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_comparison.py" />
      <source>&amp;Open…</source>
      <translation>打开(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_comparison.py" />
      <source>&amp;Copy as variant</source>
      <translation>复制为变体(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_comparison.py" />
      <source>&amp;Print proposal…</source>
      <translation>打印方案书(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_comparison.py" />
      <source>&amp;Decline…</source>
      <translation>拒绝(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_comparison.py" />
      <source>&amp;Accept plan…</source>
      <translation>接受方案(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_comparison.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_comparison.py" />
      <source>Decline {title}</source>
      <translation>拒绝{title}</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_comparison.py" />
      <source>Why did the customer turn this plan down?</source>
      <translation>客户为什么拒绝这个方案？</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_comparison.py" />
      <source>Accept {title}?</source>
      <translation>接受{title}？</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_comparison.py" />
      <source>{name} accepts {title}: a deal opens with its four checklists and {car} is reserved for them.</source>
      <translation>{name} 接受{title}：将开立订单并建立四份清单，{car} 为其预留。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_comparison.py" />
      <source>The plan was not accepted</source>
      <translation>方案未被接受</translation>
    </message>
  </context>
  <context>
    <name>PlanEditor</name>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Accessory</source>
      <translation>精品</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Qty</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Each</source>
      <translation>单价</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Save the plan and close (Ctrl+S)</source>
      <translation>保存方案并关闭（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>&amp;Print proposal…</source>
      <translation>打印方案书(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Save, then print the proposal to sign (Ctrl+P)</source>
      <translation>保存后打印方案书供签字（Ctrl+P）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Needs</source>
      <translation>需求</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Plan A, Plan B… (given if left empty)</source>
      <translation>方案 A、方案 B…（留空则自动命名）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Commuting, family, towing…</source>
      <translation>通勤、家用、拖挂…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Plan &amp;title:</source>
      <translation>方案标题(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>&amp;Budget:</source>
      <translation>预算(&amp;B)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>&amp;Use:</source>
      <translation>用途(&amp;U)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>&amp;Must-haves:</source>
      <translation>必备配置(&amp;M)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Car</source>
      <translation>车辆</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>From s&amp;tock</source>
      <translation>现车(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>A model to &amp;order</source>
      <translation>订购车型(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Type a stock number, model or colour</source>
      <translation>输入库存编号、车型或颜色</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Ma&amp;ke:</source>
      <translation>品牌(&amp;K)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Mo&amp;del:</source>
      <translation>车型(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Tri&amp;m:</source>
      <translation>配置(&amp;M)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Co&amp;lour:</source>
      <translation>颜色(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Accessories from the boutique</source>
      <translation>精品店的精品</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>&amp;Add</source>
      <translation>添加(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Remo&amp;ve</source>
      <translation>移除(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Remove the selected accessory (Delete)</source>
      <translation>移除所选精品（Delete）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Qty:</source>
      <translation>数量：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Price and payment ({currency})</source>
      <translation>价格与付款（{currency}）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Registration, number plates and delivery</source>
      <translation>上牌、号牌及交车</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Make, model, year, mileage</source>
      <translation>品牌、车型、年份、里程</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>months</source>
      <translation>个月</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Balloon or residual value paid at the end (optional)</source>
      <translation>尾款或残值，期末支付（选填）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>L&amp;ist price:</source>
      <translation>指导价(&amp;I)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Dis&amp;count:</source>
      <translation>优惠(&amp;C)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>&amp;Fees:</source>
      <translation>费用(&amp;F)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>T&amp;rade-in allowance:</source>
      <translation>置换抵扣(&amp;R)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Trade-in car:</source>
      <translation>置换车：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Pa&amp;yment:</source>
      <translation>付款方式(&amp;Y)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>D&amp;eposit:</source>
      <translation>首付(&amp;E)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Te&amp;rm (months):</source>
      <translation>期限（月）(&amp;R)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>AP&amp;R (%):</source>
      <translation>年利率（%）(&amp;R)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Final pa&amp;yment:</source>
      <translation>尾款(&amp;Y)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>&amp;Notes:</source>
      <translation>备注(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Totals</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Price</source>
      <translation>价格</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>To pay</source>
      <translation>应付</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Amount financed</source>
      <translation>贷款金额</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Monthly payment</source>
      <translation>月供</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Total payable</source>
      <translation>还款总额</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Cost of credit</source>
      <translation>贷款成本</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>New purchase plan for {name}</source>
      <translation>为 {name} 新建购车方案</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>New plan for {name}</source>
      <translation>为 {name} 新建方案</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source> (accepted)</source>
      <translation>（已接受）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source> (declined)</source>
      <translation>（已拒绝）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>This plan is {status}: it can be printed but no longer changed.</source>
      <translation>此方案已{status}：可以打印，但不能再修改。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Totals appear when the figures are complete ({field}: {rule}).</source>
      <translation>数字填写完整后显示合计（{field}：{rule}）。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>{n} × {amount}</source>
      <translation>{n} × {amount}</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/plan_editor.py" />
      <source>Plus a final payment of {amount}.</source>
      <translation>另加尾款 {amount}。</translation>
    </message>
  </context>
  <context>
    <name>PrintBatches</name>
    <message>
      <location filename="../../ui/tour.py" />
      <location filename="../../ui/print_batches.py" />
      <source>Printing</source>
      <translation>正在打印</translation>
    </message>
    <message>
      <location filename="../../ui/tour.py" />
      <location filename="../../ui/print_batches.py" />
      <source>Printing and filing: {what}</source>
      <translation>正在打印并存档：{what}</translation>
    </message>
    <message>
      <location filename="../../ui/tour.py" />
      <location filename="../../ui/print_batches.py" />
      <source>documents</source>
      <translation>份文件</translation>
    </message>
    <message>
      <location filename="../../ui/print_batches.py" />
      <source>Test-drive agreements</source>
      <translation>试驾协议</translation>
    </message>
    <message>
      <location filename="../../ui/print_batches.py" />
      <source>Customer cards of the day's visitors</source>
      <translation>当日到店客户的资料卡</translation>
    </message>
    <message>
      <location filename="../../ui/print_batches.py" />
      <source>Next-steps sheets of deals with a step due</source>
      <translation>有步骤到期的订单的后续步骤说明</translation>
    </message>
    <message>
      <location filename="../../ui/print_batches.py" />
      <source>Handover documents of the day's deliveries</source>
      <translation>当日交车的交车确认书</translation>
    </message>
    <message>
      <location filename="../../ui/print_batches.py" />
      <source>Nothing was printed</source>
      <translation>没有打印任何文件</translation>
    </message>
    <message>
      <location filename="../../ui/print_batches.py" />
      <source>{what}, {day} · {count} documents</source>
      <translation>{what}，{day} · {count} 份文件</translation>
    </message>
    <message>
      <location filename="../../ui/print_batches.py" />
      <source>{count} left out (no licence recorded)</source>
      <translation>{count} 份未打印（未登记驾照）</translation>
    </message>
    <message>
      <location filename="../../ui/print_batches.py" />
      <source>{count} left out (other consultants' customers)</source>
      <translation>{count} 份未打印（其他顾问的客户）</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="../../ui/printing.py" />
      <source>The customer card was not printed</source>
      <translation>客户资料卡未打印</translation>
    </message>
    <message>
      <location filename="../../ui/printing.py" />
      <source>The document was not reprinted</source>
      <translation>文件未重新打印</translation>
    </message>
    <message>
      <location filename="../../ui/printing.py" />
      <source>The checklist was not printed</source>
      <translation>检查表未打印</translation>
    </message>
  </context>
  <context>
    <name>ReasonDialog</name>
    <message>
      <location filename="../../ui/dialogs/reason.py" />
      <source>say why, in a few words</source>
      <translation>简单说明原因</translation>
    </message>
  </context>
  <context>
    <name>RestoreBackupDialog</name>
    <message>
      <location filename="../../ui/dialogs/restore_backup.py" />
      <source>The database is damaged</source>
      <translation>数据库已损坏</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/restore_backup.py" />
      <source>{problem}

Showroom can set the damaged database aside (it is kept, renamed, never deleted) and restore the latest good backup, from {when}. Changes made after that backup are not in it.</source>
      <translation>{problem}

Showroom 可以将损坏的数据库移到一旁（改名保留，绝不删除），并恢复最近一次完好的备份（{when}）。该备份之后的修改不包含在内。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/restore_backup.py" />
      <source>Restore the latest backup ({when})</source>
      <translation>恢复最近的备份（{when}）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/restore_backup.py" />
      <source>{problem}

There is no good backup to restore. Quit Showroom and ask your IT contact for help; the damaged database is left as it is.</source>
      <translation>{problem}

没有可恢复的完好备份。请退出 Showroom 并联系 IT 人员；损坏的数据库将保持原样。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/restore_backup.py" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
  </context>
  <context>
    <name>SalesManager</name>
    <message>
      <location filename="../../ui/dialogs/sales_manager.py" />
      <source>Lost sales to decide</source>
      <translation>待审批的战败申请</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/sales_manager.py" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/sales_manager.py" />
      <source>Consultant</source>
      <translation>销售顾问</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/sales_manager.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/sales_manager.py" />
      <source>Competitor</source>
      <translation>竞品</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/sales_manager.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/sales_manager.py" />
      <source>Note (required to send back)</source>
      <translation>备注（退回时必填）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/sales_manager.py" />
      <source>&amp;Approve</source>
      <translation>批准(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/sales_manager.py" />
      <source>Send &amp;back</source>
      <translation>退回(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/sales_manager.py" />
      <source>Follow-up intervals</source>
      <translation>回访间隔</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/sales_manager.py" />
      <source> days</source>
      <translation> 天</translation>
    </message>
  </context>
  <context>
    <name>SatisfactionDialog</name>
    <message>
      <location filename="../../ui/dialogs/satisfaction.py" />
      <source>Satisfaction call</source>
      <translation>满意度回访</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/satisfaction.py" />
      <source> of 5</source>
      <translation> / 5</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/satisfaction.py" />
      <source>{customer} · {reason}. A score of 2 or less gives the manager a task.</source>
      <translation>{customer} · {reason}。评分为 2 分或以下时，将为经理生成一项任务。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/satisfaction.py" />
      <source>&amp;Score:</source>
      <translation>评分(&amp;S)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/satisfaction.py" />
      <source>&amp;What they said:</source>
      <translation>客户意见(&amp;W)：</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>e.g. 08:00-20:00, or Mon-Fri 08:00-20:00; Sat 09:00-17:00; Sun closed</source>
      <translation>例如 08:00-20:00，或 Mon-Fri 08:00-20:00; Sat 09:00-17:00; Sun closed</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Drives of one car per customer and day</source>
      <translation>每位客户每天试驾同一辆车的次数</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>e.g. 2</source>
      <translation>例如 2</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Dealership name</source>
      <translation>经销商名称</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Country for phone numbers</source>
      <translation>电话号码所属国家</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>e.g. GB, DE, FR, PL, CN</source>
      <translation>例如 GB、DE、FR、PL、CN</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Currency</source>
      <translation>货币</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>e.g. GBP, EUR, CNY</source>
      <translation>例如 GBP、EUR、CNY</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Formats (locale)</source>
      <translation>格式（区域）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>e.g. en_GB, de_DE, zh_CN</source>
      <translation>例如 en_GB、de_DE、zh_CN</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Time zone</source>
      <translation>时区</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>e.g. Europe/London</source>
      <translation>例如 Asia/Shanghai</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Test-drive length (minutes)</source>
      <translation>试驾时长（分钟）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Lock a PC left alone after (minutes)</source>
      <translation>电脑闲置多久后锁定（分钟）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>0 for never</source>
      <translation>0 表示从不</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Test-drive hours</source>
      <translation>试驾时段</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>e.g. 08:00-20:00</source>
      <translation>例如 08:00-20:00</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Follow-ups after a walk-in (days)</source>
      <translation>到店后跟进（天）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>e.g. 1</source>
      <translation>例如 1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Follow-ups after a test drive (days)</source>
      <translation>试驾后跟进（天）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Satisfaction calls after a delivery (days)</source>
      <translation>交车后满意度回访（天）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>e.g. 1, 7, 30, 90</source>
      <translation>例如 1, 7, 30, 90</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Delivery bays</source>
      <translation>交车位</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>separated by ';', e.g. Bay 1; Bay 2</source>
      <translation>用“;”分隔，例如 交车位 1; 交车位 2</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Delivery length (minutes)</source>
      <translation>交车时长（分钟）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>e.g. 60</source>
      <translation>例如 60</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Ceremony plan (new deliveries)</source>
      <translation>交车仪式流程（新交车）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>elements separated by ';'</source>
      <translation>各环节用“;”分隔</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Pre-delivery inspection</source>
      <translation>交车前检查(PDI)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>checks separated by ';'</source>
      <translation>各检查项用“;”分隔</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Documents handed over</source>
      <translation>交付文件</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>documents separated by ';'</source>
      <translation>各文件用“;”分隔</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Backup folder</source>
      <translation>备份文件夹</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>a USB drive or network share, e.g. E:\Showroom backups; empty: the data folder</source>
      <translation>U 盘或网络共享，例如 E:\Showroom 备份；留空则使用数据文件夹</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Light</source>
      <translation>浅色</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Dark</source>
      <translation>深色</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>This PC</source>
      <translation>本机</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>&amp;Theme:</source>
      <translation>主题(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>&amp;Language:</source>
      <translation>语言(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Database:</source>
      <translation>数据库：</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>The showroom (shared by every PC)</source>
      <translation>展厅（所有电脑共用）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>US Letter</source>
      <translation>US Letter</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Paper size:</source>
      <translation>纸张大小：</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Test-drive agreement</source>
      <translation>试驾协议</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>The terms printed above the signatures. Separate paragraphs with a blank line; {dealer} prints as the dealership's name.</source>
      <translation>打印在签名上方的条款。段落之间空一行；{dealer} 会打印为经销商名称。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>In Chinese, for customers whose language is Chinese (left empty, they get the terms above):</source>
      <translation>中文版，用于语言为中文的客户（留空则使用上面的条款）：</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>&amp;Save showroom settings</source>
      <translation>保存展厅设置(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Only an admin can change the showroom's settings.</source>
      <translation>只有管理员可以修改展厅设置。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Nothing was saved: correct the fields marked in red.</source>
      <translation>未保存任何内容：请更正标红的字段。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Saved. Every PC uses these settings from now on.</source>
      <translation>已保存。从现在起所有电脑都使用这些设置。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/settings/page.py" />
      <source>Reloaded the settings another PC saved.</source>
      <translation>已重新载入另一台电脑保存的设置。</translation>
    </message>
  </context>
  <context>
    <name>ShowroomDay</name>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>Check</source>
      <translation>检查项</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>Due</source>
      <translation>截止</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>Count</source>
      <translation>计数</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>By</source>
      <translation>检查人</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>At</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>by {time}</source>
      <translation>{time} 前</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>{done} of {total} done</source>
      <translation>已完成 {done} / {total}</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>Failed</source>
      <translation>不合格</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>Late</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>Open</source>
      <translation>待完成</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>{count} walk-ins</source>
      <translation>{count} 位到店客户</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>of {target}</source>
      <translation>目标 {target}</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>to fix: {name}</source>
      <translation>待整改：{name}</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>fixed by {name}</source>
      <translation>已由 {name} 整改</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>withdrawn ({name})</source>
      <translation>已撤回（{name}）</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>Checks done</source>
      <translation>已完成检查</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>Left open</source>
      <translation>未完成</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>Signed off by</source>
      <translation>确认人</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>Signed off</source>
      <translation>已确认</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>Not signed off</source>
      <translation>未确认</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>{done} of {total}</source>
      <translation>{done} / {total}</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>Section</source>
      <translation>分区</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>Lines</source>
      <translation>行数</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>Rate</source>
      <translation>完成率</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>Failed most</source>
      <translation>最常不合格</translation>
    </message>
    <message>
      <location filename="../../ui/models/showroom_day.py" />
      <source>{failures} of {lines}</source>
      <translation>{failures} / {lines}</translation>
    </message>
  </context>
  <context>
    <name>ShowroomDayDialogs</name>
    <message>
      <location filename="../../ui/dialogs/showroom_day.py" />
      <source>Mark the check failed</source>
      <translation>将检查项标为不合格</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/showroom_day.py" />
      <source>What is wrong, so the owner can fix it</source>
      <translation>问题是什么，便于负责人整改</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/showroom_day.py" />
      <source>&amp;What is wrong:</source>
      <translation>问题(&amp;W)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/showroom_day.py" />
      <source>&amp;Fixed by:</source>
      <translation>整改人(&amp;F)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/showroom_day.py" />
      <source>&amp;By:</source>
      <translation>检查人(&amp;B)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/showroom_day.py" />
      <source>Mark failed</source>
      <translation>标为不合格</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/showroom_day.py" />
      <source>Mark failed and give the task (Ctrl+Return)</source>
      <translation>标为不合格并指派任务（Ctrl+Return）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/showroom_day.py" />
      <source>Count</source>
      <translation>计数</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/showroom_day.py" />
      <source>&amp;Counted (of {target}):</source>
      <translation>已计数（目标 {target}）(&amp;C)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/showroom_day.py" />
      <source>Tick</source>
      <translation>勾选</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/showroom_day.py" />
      <source>Sign off the day</source>
      <translation>确认当日检查</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/showroom_day.py" />
      <source>{done} of {total} checks done, {failed} failed, {open} open.</source>
      <translation>已完成 {done} / {total} 项，{failed} 项不合格，{open} 项未完成。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/showroom_day.py" />
      <source>No check failed.</source>
      <translation>没有不合格项。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/showroom_day.py" />
      <source>Once signed off, the day's checklist is kept as it is and cannot be changed.</source>
      <translation>确认后，当日检查表将按原样保存，不能再修改。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/showroom_day.py" />
      <source>A word on the day (optional)</source>
      <translation>对当天的简短评语（选填）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/showroom_day.py" />
      <source>Sign off</source>
      <translation>确认</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/showroom_day.py" />
      <source>&amp;Note:</source>
      <translation>备注(&amp;N)：</translation>
    </message>
  </context>
  <context>
    <name>ShowroomDayPage</name>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>Showroom day</source>
      <translation>展厅日检</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>&amp;Checklist</source>
      <translation>检查表(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>&amp;History</source>
      <translation>历史(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>Co&amp;mpliance</source>
      <translation>达标情况(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>The day before (Alt+Left)</source>
      <translation>前一天（Alt+Left）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>The day after (Alt+Right)</source>
      <translation>后一天（Alt+Right）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>Today's checklist (Alt+Home)</source>
      <translation>今天的检查表（Alt+Home）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>&amp;Tick</source>
      <translation>勾选(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>&amp;Failed…</source>
      <translation>不合格(&amp;F)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>&amp;Sign off…</source>
      <translation>确认(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>&amp;Print the checklist</source>
      <translation>打印检查表(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>Print the &amp;blank form</source>
      <translation>打印空白表(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>&amp;Template…</source>
      <translation>模板(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>&amp;Start today's checklist</source>
      <translation>开始今天的检查表(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>Space ticks the line · F marks it failed · Backspace undoes · Alt+Left / Alt+Right change the day</source>
      <translation>Space 勾选 · F 标为不合格 · Backspace 撤销 · Alt+Left / Alt+Right 切换日期</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>Today's checklist has not been started yet.</source>
      <translation>今天的检查表尚未开始。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>No checklist was kept on {day}.</source>
      <translation>{day} 没有保存检查表。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>{done} of {total} done</source>
      <translation>已完成 {done} / {total}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>{failed} failed</source>
      <translation>{failed} 项不合格</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>{open} open</source>
      <translation>{open} 项未完成</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>{late} past their time</source>
      <translation>{late} 项已过时间</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>Signed off by {name} at {time} · read-only</source>
      <translation>由 {name} 于 {time} 确认 · 只读</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>There is no checklist to sign off.</source>
      <translation>没有可确认的检查表。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>Sign off the day (Ctrl+Shift+S)</source>
      <translation>确认当日检查（Ctrl+Shift+S）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>Edit the checklist template</source>
      <translation>编辑检查表模板</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>Only a manager or an admin can edit the checklist template.</source>
      <translation>只有经理或管理员可以编辑检查表模板。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>Changed on another PC</source>
      <translation>已在另一台电脑上修改</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>By</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>The last 120 days. Return opens the day's checklist.</source>
      <translation>最近 120 天。按 Return 打开当天的检查表。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>&amp;Month:</source>
      <translation>月份(&amp;M)：</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>Checks done per day</source>
      <translation>每天完成的检查项</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>Per section</source>
      <translation>按分区</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>The checks that failed most</source>
      <translation>最常不合格的检查项</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>{day}: {rate}</source>
      <translation>{day}：{rate}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>no checklist</source>
      <translation>无检查表</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>{rate} of checks done · {signed} of {days} days signed off</source>
      <translation>检查完成率 {rate} · 已确认 {signed} / {days} 天</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>No checklist was kept this month.</source>
      <translation>本月没有保存检查表。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>open</source>
      <translation>待完成</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>ticked</source>
      <translation>已勾选</translation>
    </message>
    <message>
      <location filename="../../ui/pages/showroom_day/page.py" />
      <source>failed</source>
      <translation>不合格</translation>
    </message>
  </context>
  <context>
    <name>SignIn</name>
    <message>
      <location filename="../../ui/dialogs/sign_in.py" />
      <source>Locked — sign in</source>
      <translation>已锁定 — 登录</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/sign_in.py" />
      <source>Sign in to Showroom</source>
      <translation>登录 Showroom</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/sign_in.py" />
      <source>&amp;User:</source>
      <translation>用户(&amp;U)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/sign_in.py" />
      <source>&amp;Password:</source>
      <translation>密码(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/sign_in.py" />
      <source>Sign in</source>
      <translation>登录</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/sign_in.py" />
      <source>Showroom locked itself after a while without use.</source>
      <translation>Showroom 在一段时间无人使用后已自动锁定。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/sign_in.py" />
      <source>Welcome to Showroom</source>
      <translation>欢迎使用 Showroom</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/sign_in.py" />
      <source>This database is new. Create the admin account: the admin adds the consultants and the manager, and looks after backups and settings.</source>
      <translation>这是一个新数据库。请创建管理员账户：管理员负责添加销售顾问和经理，并负责备份与设置。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/sign_in.py" />
      <source>&amp;User name:</source>
      <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/sign_in.py" />
      <source>&amp;Full name:</source>
      <translation>全名(&amp;F)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/sign_in.py" />
      <source>Password &amp;again:</source>
      <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/sign_in.py" />
      <source>Create and sign in</source>
      <translation>创建并登录</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/sign_in.py" />
      <source>the two passwords differ</source>
      <translation>两次输入的密码不一致</translation>
    </message>
  </context>
  <context>
    <name>TargetsModel</name>
    <message>
      <location filename="../../ui/pages/targets/model.py" />
      <source>Consultant</source>
      <translation>销售顾问</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/model.py" />
      <source>Orders</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/model.py" />
      <source>Deliveries</source>
      <translation>交车</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/model.py" />
      <source>target</source>
      <translation>目标</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/model.py" />
      <source>done</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/model.py" />
      <source>% done</source>
      <translation>完成率</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/model.py" />
      <source>forecast</source>
      <translation>预测</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/model.py" />
      <source>At this pace: {forecast} of {target}</source>
      <translation>按此进度：{forecast} / {target}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/model.py" />
      <source>Showroom</source>
      <translation>展厅</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/model.py" />
      <source>{forecast} of {target}</source>
      <translation>{forecast} / {target}</translation>
    </message>
  </context>
  <context>
    <name>TargetsPage</name>
    <message>
      <location filename="../../ui/pages/targets/page.py" />
      <source>Walk-ins</source>
      <translation>进店</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/page.py" />
      <source>Registered</source>
      <translation>留档</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/page.py" />
      <source>Test drives</source>
      <translation>试驾</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/page.py" />
      <source>Orders</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/page.py" />
      <source>Deliveries</source>
      <translation>交车</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/page.py" />
      <source>◀ Previous month</source>
      <translation>◀ 上个月</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/page.py" />
      <source>Next month ▶</source>
      <translation>下个月 ▶</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/page.py" />
      <source>&amp;Split evenly</source>
      <translation>平均分配(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/page.py" />
      <source>Share the showroom's target evenly among the consultants, then edit the shares</source>
      <translation>将展厅目标平均分配给各销售顾问，之后可再调整</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/page.py" />
      <source>&amp;Lost sales…</source>
      <translation>战败审批(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/page.py" />
      <source>Approve or send back the consultants' lost sales</source>
      <translation>批准或退回销售顾问的战败申请</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/page.py" />
      <source>Follow-up &amp;intervals…</source>
      <translation>回访间隔(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/page.py" />
      <source>Showroom</source>
      <translation>展厅</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/page.py" />
      <source>Funnel of {month}: {who}</source>
      <translation>{month} 销售漏斗：{who}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/page.py" />
      <source>Count</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/page.py" />
      <source>{stage}: {rate} %</source>
      <translation>{stage}：{rate}%</translation>
    </message>
    <message>
      <location filename="../../ui/pages/targets/page.py" />
      <source>Conversion: </source>
      <translation>转化率：</translation>
    </message>
  </context>
  <context>
    <name>TemplatesDialog</name>
    <message>
      <location filename="../../ui/dialogs/checklist_templates.py" />
      <source>Step</source>
      <translation>步骤</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_templates.py" />
      <source>Asks for a value</source>
      <translation>需要填写数值</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_templates.py" />
      <source>Due (days after opening)</source>
      <translation>截止（开单后天数）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_templates.py" />
      <source>Step in Chinese</source>
      <translation>中文步骤名称</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_templates.py" />
      <source>Checklist templates</source>
      <translation>清单模板</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_templates.py" />
      <source>New deals copy these steps; deals under way keep theirs. For accessories, the steps are the stages each accessory of a plan goes through.</source>
      <translation>新订单会复制这些步骤；进行中的订单保留原有步骤。对于精品，这些步骤是方案中每件精品要经历的阶段。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_templates.py" />
      <source>Only a manager or an admin can change the templates; you can look at them.</source>
      <translation>只有经理或管理员可以修改模板；您可以查看。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_templates.py" />
      <source>&amp;Add step</source>
      <translation>添加步骤(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_templates.py" />
      <source>&amp;Remove step</source>
      <translation>删除步骤(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_templates.py" />
      <source>Move &amp;up</source>
      <translation>上移(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_templates.py" />
      <source>Move &amp;down</source>
      <translation>下移(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_templates.py" />
      <source>&amp;Save template</source>
      <translation>保存模板(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_templates.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_templates.py" />
      <source>New step</source>
      <translation>新步骤</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_templates.py" />
      <source>The {checklist} template is saved; new deals will use it.</source>
      <translation>{checklist}模板已保存；新订单将使用它。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/checklist_templates.py" />
      <source>Step {n}</source>
      <translation>步骤 {n}</translation>
    </message>
  </context>
  <context>
    <name>TestDrivesPage</name>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Test drives</source>
      <translation>试驾</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Day</source>
      <translation>日</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Day view (Ctrl+D)</source>
      <translation>日视图（Ctrl+D）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Week</source>
      <translation>周</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Week view (Ctrl+Shift+D)</source>
      <translation>周视图（Ctrl+Shift+D）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Earlier (Page Up)</source>
      <translation>向前（Page Up）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Back to today (Ctrl+T)</source>
      <translation>回到今天（Ctrl+T）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Later (Page Down)</source>
      <translation>向后（Page Down）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>New booking</source>
      <translation>新预约</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Book a test drive (Ctrl+B)</source>
      <translation>预约试驾（Ctrl+B）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Booked</source>
      <translation>已预约</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Out on the road</source>
      <translation>试驾途中</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Back</source>
      <translation>已还车</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>No-show</source>
      <translation>爽约</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Arrows move · Return books or opens · Delete cancels · drag to book, move or resize</source>
      <translation>方向键移动 · Return 预约或打开 · Delete 取消 · 拖动可预约、移动或调整时长</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Calendar</source>
      <translation>日历</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Fleet</source>
      <translation>试驾车</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Check &amp;out…</source>
      <translation>出车(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Check &amp;in…</source>
      <translation>还车(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>&amp;Change…</source>
      <translation>修改(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>&amp;No-show</source>
      <translation>爽约(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Ca&amp;ncel…</source>
      <translation>取消(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Cancel the booking (Delete)</source>
      <translation>取消预约（Delete）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Calendar &amp;file…</source>
      <translation>日历文件(&amp;F)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>&amp;Print agreement…</source>
      <translation>打印协议(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Customer &amp;card</source>
      <translation>客户资料卡(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Day view</source>
      <translation>日视图</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Week view</source>
      <translation>周视图</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Earlier</source>
      <translation>向前</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Later</source>
      <translation>向后</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Add car</source>
      <translation>添加车辆</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Edit car</source>
      <translation>编辑车辆</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Only a manager or an admin can add or change cars.</source>
      <translation>只有经理或管理员可以添加或修改车辆。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Set status</source>
      <translation>设置状态</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Week of {monday}</source>
      <translation>{monday} 当周</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Free: {car} at {time} — press Return to book</source>
      <translation>空闲：{car}，{time} — 按 Return 预约</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>&lt;b&gt;{customer}&lt;/b&gt; with {consultant} · {day} {start}–{end} · {state}</source>
      <translation>&lt;b&gt;{customer}&lt;/b&gt;，顾问 {consultant} · {day} {start}–{end} · {state}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>{name} is out on the road.</source>
      <translation>{name} 已出车。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>{name} is back; the drive is on the timeline and a follow-up is set.</source>
      <translation>{name} 已还车；试驾已记入时间线并设置了跟进。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>{name} is marked as a no-show; the slot is free.</source>
      <translation>{name} 已标为爽约；该时段已释放。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Booked.</source>
      <translation>已预约。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Book this slot…</source>
      <translation>预约此时段…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Only a booking that has not started can be cancelled; this one is {state}.</source>
      <translation>只有尚未开始的预约才能取消；此预约为{state}。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>{customer} with {consultant}, {day} {time}</source>
      <translation>{customer}，顾问 {consultant}，{day} {time}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>The booking of {name} is cancelled.</source>
      <translation>{name} 的预约已取消。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>That time is taken</source>
      <translation>该时段已被占用</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>The booking of {name} is moved.</source>
      <translation>{name} 的预约已改期。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>The agreement was not printed</source>
      <translation>协议未打印</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>The agreement is printed and filed in the customer's documents.</source>
      <translation>协议已打印并存入客户档案。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Save the calendar file for the customer</source>
      <translation>保存给客户的日历文件</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Calendar files (*.ics)</source>
      <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>The file could not be saved: {error}</source>
      <translation>文件无法保存：{error}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Saved {file}: send it to the customer to put the drive in their calendar.</source>
      <translation>已保存 {file}：发给客户，即可将试驾加入其日历。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>Choose a car in the list first.</source>
      <translation>请先在列表中选择车辆。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>The car is now {status}.</source>
      <translation>车辆现为{status}。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/test_drives/page.py" />
      <source>It has {n} bookings still to come: move them to another car in the calendar.</source>
      <translation>它还有 {n} 个待进行的预约：请在日历中将其移到其他车辆。</translation>
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <location filename="../../ui/pages/today/page.py" />
      <source>{start}:00–{end}:00: {count} walk-ins</source>
      <translation>{start}:00–{end}:00：{count} 位到店</translation>
    </message>
    <message>
      <location filename="../../ui/pages/today/page.py" />
      <source>{day}: {due} due, {done} of them done</source>
      <translation>{day}：到期 {due} 项，已完成 {done} 项</translation>
    </message>
    <message>
      <location filename="../../ui/pages/today/page.py" />
      <source>Nobody</source>
      <translation>无人</translation>
    </message>
    <message>
      <location filename="../../ui/pages/today/page.py" />
      <source>Today</source>
      <translation>今日</translation>
    </message>
    <message>
      <location filename="../../ui/pages/today/page.py" />
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="../../ui/pages/today/page.py" />
      <source>Refresh the figures (F5)</source>
      <translation>刷新数据（F5）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/today/page.py" />
      <source>the showroom</source>
      <translation>展厅</translation>
    </message>
    <message>
      <location filename="../../ui/pages/today/page.py" />
      <source>my day</source>
      <translation>我的一天</translation>
    </message>
    <message>
      <location filename="../../ui/pages/today/page.py" />
      <source>Updated {time}</source>
      <translation>更新于 {time}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/today/page.py" />
      <source>Nothing to show yet.</source>
      <translation>暂无数据。</translation>
    </message>
    <message>
      <location filename="../../ui/pages/today/page.py" />
      <source>Opens Customers › Walk-ins today (Return)</source>
      <translation>打开“客户 › 今日到店”（Return）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/today/page.py" />
      <source>Opens the showroom checklist (Return)</source>
      <translation>打开展厅检查表（Return）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/today/page.py" />
      <source>Opens the Targets page (Return)</source>
      <translation>打开目标页面（回车）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/today/page.py" />
      <source>Opens the list (Return)</source>
      <translation>打开列表（Return）</translation>
    </message>
    <message>
      <location filename="../../ui/pages/today/page.py" />
      <source>of {total}</source>
      <translation>共 {total}</translation>
    </message>
  </context>
  <context>
    <name>UsersDialog</name>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>Consultant</source>
      <translation>销售顾问</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>Manager</source>
      <translation>经理</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>Admin</source>
      <translation>管理员</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>Account</source>
      <translation>账户</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>Deactivated</source>
      <translation>已停用</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>Active (no password yet)</source>
      <translation>启用（尚未设置密码）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>at least 8 characters, not the user name</source>
      <translation>至少 8 个字符，且不能与用户名相同</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>&amp;Password:</source>
      <translation>密码(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>Password &amp;again:</source>
      <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>the two passwords differ</source>
      <translation>两次输入的密码不一致</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>Add a user</source>
      <translation>添加用户</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>e.g. anna.kowalska</source>
      <translation>例如 anna.kowalska</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>&amp;User name:</source>
      <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>&amp;Full name:</source>
      <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>&amp;Role:</source>
      <translation>角色(&amp;R)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>Add user</source>
      <translation>添加用户</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>Reset the password of {name}</source>
      <translation>重置 {name} 的密码</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>Set password</source>
      <translation>设置密码</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>Tell {name} the new password in person.</source>
      <translation>请当面告知 {name} 新密码。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>Users</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>&amp;Add user…</source>
      <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>Add a user (Ctrl+N)</source>
      <translation>添加用户（Ctrl+N）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>Change &amp;role</source>
      <translation>更改角色(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>&amp;Deactivate</source>
      <translation>停用(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>Reset &amp;password…</source>
      <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>Rol&amp;e:</source>
      <translation>角色(&amp;E)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>Re&amp;activate</source>
      <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>{name} can sign in now.</source>
      <translation>{name} 现在可以登录了。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>{name} is now {role}.</source>
      <translation>{name} 现在是{role}。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>{name} can sign in again.</source>
      <translation>{name} 可以重新登录了。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>{name} can no longer sign in.</source>
      <translation>{name} 已不能再登录。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/users.py" />
      <source>The password of {name} was reset.</source>
      <translation>{name} 的密码已重置。</translation>
    </message>
  </context>
  <context>
    <name>VehicleEditor</name>
    <message>
      <location filename="../../ui/dialogs/vehicle_editor.py" />
      <source>&amp;VIN:</source>
      <translation>车架号(&amp;V)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/vehicle_editor.py" />
      <source>Stoc&amp;k number:</source>
      <translation>库存编号(&amp;K)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/vehicle_editor.py" />
      <source>&amp;Make:</source>
      <translation>品牌(&amp;M)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/vehicle_editor.py" />
      <source>M&amp;odel:</source>
      <translation>车型(&amp;O)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/vehicle_editor.py" />
      <source>&amp;Trim:</source>
      <translation>配置(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/vehicle_editor.py" />
      <source>&amp;Colour:</source>
      <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/vehicle_editor.py" />
      <source>&amp;Year:</source>
      <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/vehicle_editor.py" />
      <source>&amp;List price:</source>
      <translation>指导价(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/vehicle_editor.py" />
      <source>&amp;Accept this VIN although its check digit does not match</source>
      <translation>接受此车架号，尽管其校验位不符(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/vehicle_editor.py" />
      <source>Stat&amp;us:</source>
      <translation>状态(&amp;U)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/vehicle_editor.py" />
      <source>Where it stands, for a car on display</source>
      <translation>展车的摆放位置</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/vehicle_editor.py" />
      <source>&amp;Floor position:</source>
      <translation>展位(&amp;F)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/vehicle_editor.py" />
      <source>New car in stock</source>
      <translation>新车入库</translation>
    </message>
  </context>
  <context>
    <name>WalkInDialog</name>
    <message>
      <location filename="../../ui/dialogs/walk_in.py" />
      <source>Browsing</source>
      <translation>随便看看</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/walk_in.py" />
      <source>Test drive</source>
      <translation>试驾</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/walk_in.py" />
      <source>Purchase talk</source>
      <translation>洽谈购车</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/walk_in.py" />
      <source>Pick-up</source>
      <translation>提车</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/walk_in.py" />
      <source>Service</source>
      <translation>售后服务</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/walk_in.py" />
      <source>New walk-in</source>
      <translation>新到店登记</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/walk_in.py" />
      <source>&amp;Customer on file</source>
      <translation>已有客户(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/walk_in.py" />
      <source>Ne&amp;w customer</source>
      <translation>新客户(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/walk_in.py" />
      <source>&amp;Anonymous for now</source>
      <translation>暂不登记身份(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/walk_in.py" />
      <source>e.g. couple in red coats, liked the estate</source>
      <translation>例如：穿红外套的夫妇，喜欢旅行车</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/walk_in.py" />
      <source>Who came in</source>
      <translation>来客信息</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/walk_in.py" />
      <source>Full name:</source>
      <translation>姓名：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/walk_in.py" />
      <source>Phone:</source>
      <translation>电话：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/walk_in.py" />
      <source>&amp;Purpose:</source>
      <translation>到店目的(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/walk_in.py" />
      <source>Pa&amp;rty size:</source>
      <translation>同行人数(&amp;R)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/walk_in.py" />
      <source>C&amp;onsultant:</source>
      <translation>销售顾问(&amp;O)：</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/walk_in.py" />
      <source>Register walk-in</source>
      <translation>登记到店</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/walk_in.py" />
      <source>pick a customer from the list, or choose new or anonymous</source>
      <translation>请从列表中选择客户，或选择新客户或暂不登记</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/walk_in.py" />
      <source>{name} is on file with this {what}: they are selected; register again.</source>
      <translation>{name} 已使用此{what}建档：已选中该客户；请再次登记。</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/walk_in.py" />
      <source>phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/walk_in.py" />
      <source>e-mail</source>
      <translation>邮箱</translation>
    </message>
    <message>
      <source>Name, phone, e-mail, plate or VIN</source>
      <translation type="obsolete">姓名、电话、邮箱、车牌或车架号</translation>
    </message>
  </context>
  <context>
    <name>DateFields</name>
    <message>
      <source>e.g. 930 or 14:30</source>
      <translation>例如 930 或 14:30</translation>
    </message>
    <message>
      <source>Type a time such as 930, 9.30, 14:30 or 11 (for 11:00).</source>
      <translation>请输入时间，例如 930、9.30、14:30 或 11（即 11:00）。</translation>
    </message>
    <message>
      <source>e.g. {example}, t for today, +3</source>
      <translation>例如 {example}，t 表示今天，+3 表示三天后</translation>
    </message>
    <message>
      <source>Pick the day on a calendar (Alt+Down)</source>
      <translation>在日历上选择日期（Alt+下箭头）</translation>
    </message>
    <message>
      <source>The day cannot be before {day}.</source>
      <translation>日期不能早于 {day}。</translation>
    </message>
    <message>
      <source>Type a day such as {example}, 2026-12-24, t (today) or +3.</source>
      <translation>请输入日期，例如 {example}、2026-12-24、t（今天）或 +3。</translation>
    </message>
  </context>
</TS>
