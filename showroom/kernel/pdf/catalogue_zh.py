"""The words of the printed forms in Simplified Chinese, keyed by their English text.

Written for a Chinese car dealership (试驾, 交车, 销售顾问, 展厅). A form's new English text
needs an entry here: tests/documents/test_chinese_documents.py lists what is missing.
"""

ZH: dict[str, str] = {
    # Page furniture and signatures
    "Page {page} of {total}": "第 {page} 页，共 {total} 页",
    "Printed {when} by {who}": "{when} 由 {who} 打印",
    "Signature and date": "签名及日期",
    "Checked: signature and date": "已核对：签名及日期",
    "Customer": "客户",
    "Consultant": "销售顾问",
    "Showroom manager": "展厅经理",
    ", ": "、",
    "{distance} km": "{distance} 公里",
    # Form titles
    "Customer card": "客户资料卡",
    "Purchase plan": "购车方案",
    "Test-drive agreement": "试驾协议",
    "Deal checklist": "订单清单",
    "Your next steps": "您的后续步骤",
    "Vehicle handover": "车辆交接确认书",
    "Daily showroom checklist": "展厅每日检查表",
    # Customer card
    "Contact": "联系方式",
    "Phone": "电话",
    "E-mail": "邮箱",
    "Address": "地址",
    "Language": "语言",
    "Contact by": "联系方式偏好",
    "Best time": "方便联系时间",
    "Interest": "购车意向",
    "Came through": "来源",
    "Interested in": "意向车型",
    "Budget": "预算",
    "Timeframe": "购车时间",
    "Trade-in": "置换",
    "Contact consent": "同意接受联系",
    "Notes": "备注",
    "Timeline": "客户动态",
    "Timeline: the latest {shown} of {total} entries": "客户动态：最近 {shown} 条（共 {total} 条）",
    "No entries yet.": "暂无记录。",
    "When": "时间",
    "What": "事项",
    "By": "经办人",
    "Summary": "摘要",
    "Declaration": "声明",
    "I confirm that the details on this card are correct. {dealer} keeps them to answer my "
    "enquiry and, where I have agreed to be contacted, to reach me by the channel shown. I "
    "can ask for a copy, a correction or the deletion of my data, or withdraw my consent, "
    "at any time by telling my consultant.": (
        "本人确认本资料卡所填信息真实无误。{dealer}保存这些信息用于答复本人的咨询，并在本人同意"
        "接受联系时，通过所示方式与本人联系。本人可随时告知销售顾问，要求获取副本、更正或删除"
        "本人信息，或撤回同意。"
    ),
    ", primary": "，主要",
    "up to {amount}": "最高 {amount}",
    "from {amount}": "{amount} 起",
    "Not given": "未同意",
    "Given": "已同意",
    "Given on {day}": "已于 {day} 同意",
    "customer no. {id}": "客户编号 {id}",
    "since {day}": "{day} 建档",
    # Stored codes as the card prints them
    "Lead": "线索",
    "Prospect": "意向客户",
    "Owner": "车主",
    "Lost": "战败",
    "Walk-in": "到店",
    "Import": "导入",
    "Walk in": "到店",
    "Web": "网络",
    "Referral": "转介绍",
    "Event": "活动",
    "Call": "电话",
    "Email": "邮件",
    "Text message": "短信",
    "Message": "短信",
    "Visit": "到店",
    "Test drive": "试驾",
    "Note": "备注",
    "Mobile": "手机",
    "Work": "工作电话",
    "Home": "住宅电话",
    "Other": "其他",
    "Phone call": "电话",
    "Wechat": "微信",
    "Whatsapp": "WhatsApp",
    "Sms": "短信",
    "Deal step": "订单步骤",
    "Delivery": "交车",
    "Complaint": "投诉",
    # Test-drive agreement
    "Test drive no. {id} · {car} · {start} to {back}": "试驾编号 {id} · {car} · {start} 至 {back}",
    "Driver": "驾驶人",
    "Name": "姓名",
    "Driving licence": "驾驶证",
    "Issued in": "签发地",
    "Valid until": "有效期至",
    "Vehicle": "车辆",
    "Colour": "颜色",
    "Registration": "车牌号",
    "VIN": "车架号（VIN）",
    "Odometer out": "出车里程",
    "Fuel / charge out": "出车油量 / 电量",
    "The drive": "试驾安排",
    "Leaves": "出发时间",
    "Planned return": "计划还车时间",
    "Route": "路线",
    "Returned to": "还车地点",
    "Terms of the test drive": "试驾条款",
    # Purchase plan
    "for {name}": "客户：{name}",
    "drawn up {day}": "{day} 制定",
    "by {name}": "顾问：{name}",
    "Availability": "车源",
    "In our stock": "现车",
    "To order from the factory": "向厂家订购",
    "Use": "用途",
    "Must-haves": "必备配置",
    "The car and what you told us you need": "车辆及您的需求",
    "Accessory": "精品",
    "Qty": "数量",
    "Each": "单价",
    "Amount": "金额",
    "Accessories": "精品",
    "List price": "指导价",
    "Discount": "优惠",
    "Registration, plates and delivery": "上牌、号牌及交车",
    "Price": "车价",
    "Trade-in allowance": "置换抵扣",
    "To pay": "应付",
    "Payment": "付款方式",
    "Cash": "全款",
    "Finance": "贷款",
    "Lease": "融资租赁",
    "Deposit on signing": "签约定金",
    "Balance on delivery": "交车时付清余款",
    "Total": "合计",
    "Deposit": "首付",
    "Amount financed": "贷款金额",
    "Term": "期限",
    "{n} months": "{n} 个月",
    "APR": "年利率",
    "{n} monthly payments of": "{n} 期月供，每期",
    "Optional final payment": "可选尾款",
    "Final payment": "尾款",
    "Total payable": "还款总额",
    "Cost of credit": "贷款成本",
    "Acceptance": "确认",
    "This proposal is valid for 14 days from the date above. The trade-in "
    "allowance assumes the car is in the condition described when it is handed over. Finance "
    "and lease figures are an illustration at the rate shown and depend on the lender's "
    "approval; the credit agreement you sign with the lender is what binds you.\n\n"
    "By signing, you accept this plan: {dealer} reserves the car for you and opens your "
    "purchase.": (
        "本方案自上述日期起 14 天内有效。置换抵扣金额以交车时车辆状况与描述相符为前提。贷款及"
        "租赁金额按所示利率测算，仅供参考，以贷款机构审批为准；对您具有约束力的是您与贷款机构"
        "签订的贷款合同。\n\n"
        "签字即表示您接受本方案：{dealer}将为您预留该车并启动购车手续。"
    ),
    # Deal checklist
    "Deal {id}: {name}": "订单 {id}：{name}",
    "{car} · {plan} · opened {day}": "{car} · {plan} · {day} 开单",
    "Status": "状态",
    "Open": "进行中",
    "Completed": "已完成",
    "Cancelled": "已取消",
    "Overdue": "逾期",
    "1 item": "1 项",
    "{n} items": "{n} 项",
    "{checklist} ({done}/{total} done)": "{checklist}（已完成 {done}/{total}）",
    "Nothing to do: the plan has no accessories.": "无需办理：本方案不含精品。",
    "late: {day}": "已逾期：{day}",
    "due {day}": "{day} 到期",
    "Item": "事项",
    "Done by / responsible": "完成人 / 负责人",
    "When / due": "时间 / 截止",
    "Purchase": "购车",
    "Insurance": "保险",
    "Licensing": "上牌",
    # Default checklist steps (a step a manager renamed prints as typed)
    "Contract signed": "签订合同",
    "Deposit received": "收到定金",
    "Payment or finance approval": "付款或贷款审批",
    "Invoice issued": "开具发票",
    "Quote requested": "索取报价",
    "Policy chosen": "选定保单",
    "Policy number": "保单号",
    "Policy start date": "保险生效日期",
    "Documents collected": "收齐证件",
    "Registration submitted": "提交上牌申请",
    "Plate number received": "取得车牌号",
    "Plates fitted": "安装号牌",
    "ordered": "已订购",
    "installed": "已安装",
    "checked": "已检验",
    "Ordered": "已订购",
    "Installed": "已安装",
    "Checked": "已检验",
    # Next steps
    "Dear {name},": "尊敬的 {name}：",
    "Thank you for choosing your {car} with us. Here is what happens between "
    "now and the day you collect it, and what we still need from you.": (
        "感谢您在本店选购 {car}。以下是从现在到您提车期间的各项安排，以及我们仍需您提供的资料。"
    ),
    "Your consultant": "您的销售顾问",
    "Call us on": "联系电话",
    "Your deal number": "您的订单编号",
    "as soon as possible": "尽快",
    "by {day}": "{day} 前",
    "What we need from you": "需要您提供的资料",
    "Please bring or send us": "请带来或寄给我们",
    "Step": "步骤",
    "Where it stands": "进度",
    "Done": "已完成",
    "To do": "待办",
    "{stage}, next: {next}": "{stage}，下一步：{next}",
    "{checklist}: {done} of {total} done": "{checklist}：已完成 {done} / {total}",
    "When every step above is done, your consultant calls you to agree the day "
    "and time you collect your car. Please bring your driving licence.": (
        "以上各步骤全部完成后，您的销售顾问会致电与您约定提车日期和时间。提车时请携带驾驶证。"
    ),
    "your signature on the contract": "您在合同上的签字",
    "the deposit": "定金",
    "the payment, or the documents your lender asks for": "车款，或贷款机构要求的材料",
    "your insurance policy number": "您的保单号",
    "the date your insurance starts": "您的保险生效日期",
    "your identity document and proof of address for the registration": (
        "用于上牌的身份证件及住址证明"
    ),
    "You sign the contract and pay the deposit; then your payment is arranged (or the "
    "lender approves your finance) and we issue your invoice. Once this is complete, the "
    "car is yours and set aside for you.": (
        "您签订合同并支付定金；随后办理付款（或由贷款机构审批贷款），我们为您开具发票。"
        "完成后，车辆即归您所有，并为您单独预留。"
    ),
    "The car must be insured in your name from the day you drive it away. Ask your "
    "insurer for a quote, choose a policy, and give us the policy number and the date it "
    "starts: we cannot hand over the keys without them.": (
        "自您提车当天起，车辆必须以您的名义投保。请向保险公司询价、选定保单，并将保单号及"
        "生效日期告知我们：缺少这些信息，我们无法为您交车。"
    ),
    "We register the car in your name with the documents you give us, receive its "
    "number and fit the plates. You do not need to go anywhere for this.": (
        "我们将凭您提供的证件以您的名义办理上牌，取得车牌号并安装号牌。您无需为此亲自前往。"
    ),
    "We order the accessories you chose, fit them, and check each one before delivery.": (
        "我们将订购您选择的精品并完成安装，交车前逐一检验。"
    ),
    # Vehicle handover
    "Delivery no. {id} · deal {deal} · {car} · {when}": "交车编号 {id} · 订单 {deal} · {car} · {when}",
    "Odometer": "里程表读数",
    "Insurance policy": "保险单",
    "Keys handed over": "交付钥匙数",
    "Documents handed over": "交付文件",
    "Document": "文件",
    "Accessories installed": "已安装精品",
    "No.": "序号",
    "We still owe you": "待兑现承诺",
    "Promised by": "承诺期限",
    "to be agreed": "待商定",
    "done": "已兑现",
    "Handover confirmed": "交车确认",
    "The customer received the vehicle described above with the keys, documents and "
    "accessories listed, inspected it together with the consultant and found it in the "
    "condition agreed. Items still owed are delivered by {dealer} by the dates promised.": (
        "客户已收到上述车辆及所列钥匙、文件和精品，已与销售顾问共同检查车辆，确认车况符合约定。"
        "尚待兑现的事项由 {dealer} 在承诺期限前交付。"
    ),
    # Default documents handed over (a title the showroom typed prints as typed)
    "Owner's manual": "车主手册",
    "Invoice": "发票",
    "Registration certificate": "机动车登记证书",
    "Warranty and service book": "保修及保养手册",
    "Certificate of conformity": "车辆合格证",
}
