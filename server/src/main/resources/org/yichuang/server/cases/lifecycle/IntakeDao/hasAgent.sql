-- whether the case was applied for by an agent (代理人, V14): its checklist then holds the 授权委托书
SELECT agent_name IS NOT NULL FROM cases WHERE id = :caseId
