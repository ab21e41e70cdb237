/** Questions per section family: the first cited section and the words the answer must quote. */
import { describe, expect, it } from 'vitest';
import { replyText } from '../../../src/core/reply.js';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';

type Case = [question: string, section: string, fact: string];

const families: Record<string, Case[]> = {
  '1 products': [
    ['民间借贷担保是什么', '1.2', '信用保证'],
    ['投标保函最高能开多少', '1.3', '80万元'],
    ['合肥客户银行贷款担保费率多少', '1.1', '1.8%'],
    ['担保股权融资怎么操作', '1.9', '引进投资机构'],
  ],
  '2 client classes': [
    ['目标客户要满足什么条件', '2.5', '净资产1000万元以上'],
    ['合肥客户按区域分哪几个区', '2.2', '庐阳'],
  ],
  '3 finding clients': [
    ['怎么找客户', '3', '客户信息'],
    ['上下游延伸法是什么', '3.4', '上下游'],
  ],
  '4 visits': [
    ['拜访报告要写什么', '4.2', '下一步工作重点'],
    ['拜访客户前要准备什么', '4.1', '访问计划'],
  ],
  '5 needs': [
    ['挖掘需求时沟通的关键是什么', '5.3', '环境'],
    ['为什么要重复客户说的话', '5.5', '尊重'],
  ],
  '6–7 after-sales and upkeep': [
    ['后续服务与再营销要做哪些事', '6', '再营销'],
    ['公司业务营销流程是怎样的', '7.2', '客户定位 → 选择渠道'],
  ],
  '8 techniques': [
    ['谈判分几个阶段', '8.3.1', '导入阶段'],
    ['担保谈判有什么特点', '8.3.4', '底线'],
  ],
  '9–12 image, knowledge, advice': [
    ['客户经理的个人形象有什么要求', '9', '金融专家'],
    ['客户的生日信息从哪里获得', '10.4', '身份证复印件'],
    ['为什么客户经理要熟悉公司的产品', '10.4', '工欲善其事'],
    ['怎么帮客户做税务筹划', '12.6', '税法'],
  ],
  '15 CRM': [
    ['客户关系有哪几种类型', '15.3.2.1', '伙伴型'],
    ['客户关系生命周期分几个阶段', '15.3.2.5', '考察期'],
    ['客户保持的方法有哪些', '15.3.3.2', '原文到此中断'],
  ],
};

for (const [family, cases] of Object.entries(families)) {
  describe(`section family ${family}`, () => {
    it.each(cases)('%s → %s', (question, section, fact) => {
      const r = answerQuestion(question);
      expect(['handbook.answer', 'handbook.overview']).toContain(r.key);
      expect(r.sections[0]).toBe(section);
      expect(replyText(r)).toContain(fact);
    });
  });
}
