-- Issue 23: 交办单, 督办单 and 催办单 shared one number sequence (the year's first 交办单 was 4号).
-- Each kind now has its own sequence and its own 文号: 青督交〔2026〕1号, 青督办〔2026〕1号, 青督催〔2026〕1号.
-- Numbers issued before keep their form (青督〔2026〕N号); the shared sequence stays as kind 'ALL'.
alter table document_number add column kind text not null default 'ALL';
alter table document_number drop constraint document_number_pkey;
alter table document_number add primary key (area_id, year, kind);
