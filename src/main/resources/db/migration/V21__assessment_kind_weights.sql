-- 考核 weights by category (the plan's kind: 民生实事, 专项行动, 上级交办…): a plan with no weight of its
-- own takes its kind's, so a scheme need not be redone for every new plan of a kind.
create table assessment_kind_weight (
    scheme_id bigint  not null references assessment_scheme (id) on delete cascade,
    kind      text    not null,
    weight    numeric not null check (weight > 0 and weight <= 100),
    primary key (scheme_id, kind)
);
