-- The SQL statements that release fec97be9e1c36e6cdfaad03afc18c97e7f3589eb ran (its app and tests: FrontPageTest,GenevaArticlePageTest,ListingPagesTest,SearchTest,AtomFeedTest,SitemapTest,TwoInstancesTest,ScheduledPublishingTest,EditorialWorkflowTest,LeadImageTest,RevisionsTest,ImageUploadTest),
-- recorded by deploy/upgrade/record-release-statements.sh on 2026-12-02. One a line; RollingUpgradeTest
-- prepares each against the current schema.
DELETE FROM SPRING_SESSION WHERE EXPIRY_TIME < $1
SELECT COUNT(*) FROM pg_namespace WHERE nspname=$1
SELECT CURRENT_USER
SELECT current_schema
SELECT current_user
SELECT pg_try_advisory_xact_lock(77433833903597)
SELECT rolname FROM pg_roles WHERE rolname ILIKE 'rds_superuser'
SELECT set_config('search_path', $1, false)
SELECT version()
delete from article_authors where article_id=$1
delete from article_images where article_id=$1
delete from article_redirects where path = $1 and article_id = $2
delete from article_tags where article_id=$1
delete from article_working_copies where article_id=$1
delete from articles where id=$1 and version=$2
delete from cdn_purges where created_at < now() - make_interval(secs => $1)
delete from media_images where id=$1 and version=$2
delete from media_renditions where image_id=$1
insert into applied_seeds (name) values ($1) on conflict (name) do nothing
insert into article_authors (article_id,position,author_id) values ($1,$2,$3)
insert into article_images (article_id,image_id) values ($1,$2)
insert into article_redirects (path, slug, article_id) values ($1, $2, $3) on conflict (path) do nothing
insert into article_revisions (article_id,author_ids,headline,deck,body_markdown,slug,section_id,dateline,language,seo_title,seo_description,lead_image_id,lead_image_alt,lead_image_caption,lead_image_decorative,created_at,created_by,created_by_name,kind,number,restored_from,tag_ids) values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22) RETURNING *
insert into article_search (article_id, section_id, published_at, title_vector, search_vector) select id, section_id, published_at, setweight(to_tsvector(newsroom_ts_config(language), coalesce(headline, '')), 'A') || setweight(to_tsvector(newsroom_ts_config(language), coalesce(deck, '')), 'B'), search_vector from articles where status = 'PUBLISHED'
insert into article_tags (article_id,position,tag_id) values ($1,$2,$3)
insert into article_working_copies (author_ids,headline,deck,body_markdown,slug,section_id,dateline,language,seo_title,seo_description,lead_image_id,lead_image_alt,lead_image_caption,lead_image_decorative,image_ids,modified_at,modified_by,scheduled_at,scheduled_by,schedule_error,scheduled_public_update,tag_ids,article_id) values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23)
insert into articles (body_html,headline,deck,body_markdown,slug,section_id,dateline,language,seo_title,seo_description,lead_image_id,lead_image_alt,lead_image_caption,lead_image_decorative,created_at,created_by,modified_at,modified_by,published_at,review_note,review_note_at,review_note_by,scheduled_at,scheduled_by,schedule_error,status,updated_at,version) values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28) RETURNING *
insert into audit_log (occurred_at, actor_id, actor_name, action, article_id, subject, detail, client_address) values ($1, $2, $3, $4, $5, $6, $7, $8)
insert into authors (bio,created_at,modified_at,name,slug,staff_user_id) values ($1,$2,$3,$4,$5,$6) RETURNING *
insert into front_banners (line, level, article_id, expires_at, created_at, created_by, modified_at) values ($1, $2, $3, $4, $5, $6, $7)
insert into media_images (alt_text,byte_size,caption,created_at,created_by,credit,decorative,file_name,format,height,modified_at,modified_by,original_key,version,width) values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15) RETURNING *
insert into media_renditions (image_id,byte_size,file_key,format,height,width) values ($1,$2,$3,$4,$5,$6)
insert into sections (created_at,modified_at,name,parent_id,position,slug) values ($1,$2,$3,$4,$5,$6) RETURNING *
insert into staff_users (created_at,display_name,email,enabled,modified_at,password_hash,role,version) values ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING *
insert into tags (created_at,name,slug) values ($1,$2,$3) RETURNING *
select (select count(*) from articles where status = 'SCHEDULED' and schedule_error is not null) + (select count(*) from article_working_copies where scheduled_at is not null and schedule_error is not null)
select (select count(*) from articles where status = 'SCHEDULED' and scheduled_at < $1) + (select count(*) from article_working_copies where scheduled_at < $2)
select * from audit_log where (cast($1 as text) is null or action = $2) and (cast($3 as text) is null or strpos(lower(actor_name), lower(cast($4 as text))) > 0) and (cast($5 as bigint) is null or article_id = $6) and (cast($7 as timestamptz) is null or occurred_at >= $8) and (cast($9 as timestamptz) is null or occurred_at < $10) order by occurred_at desc, id desc limit $11 offset $12
select a.id, a.headline, a.deck, a.body_html, a.slug, a.dateline, a.language, a.seo_title, a.seo_description, a.published_at, a.updated_at, a.lead_image_id, a.lead_image_alt, a.lead_image_caption, a.lead_image_decorative, s.id as section_id, s.slug as section_slug, s.name as section_name, p.slug as parent_slug, p.name as parent_name from articles a join section_refs s on s.id = a.section_id left join section_refs p on p.id = s.parent_id where a.slug = $1 and a.status = 'PUBLISHED'
select a.id, a.headline, a.deck, a.language, a.slug, a.published_at, a.updated_at, s.id as section_id, s.slug as section_slug, s.name as section_name, p.slug as parent_slug, p.name as parent_name , a.lead_image_id, a.lead_image_alt, a.lead_image_caption, a.lead_image_decorative from (select t.article_id from article_authors t where t.author_id = $1 and t.published_at <= $2 and (cast($3 as timestamptz) is null or (t.published_at, t.article_id) < (cast($4 as timestamptz), $5)) order by t.published_at desc, t.article_id desc limit $6) x join articles a on a.id = x.article_id and a.status = 'PUBLISHED' join section_refs s on s.id = a.section_id left join section_refs p on p.id = s.parent_id order by a.published_at desc, a.id desc
select a.id, a.headline, a.deck, a.language, a.slug, a.published_at, a.updated_at, s.id as section_id, s.slug as section_slug, s.name as section_name, p.slug as parent_slug, p.name as parent_name , a.lead_image_id, a.lead_image_alt, a.lead_image_caption, a.lead_image_decorative from (select t.article_id from article_tags t where t.tag_id = $1 and t.published_at <= $2 and (cast($3 as timestamptz) is null or (t.published_at, t.article_id) < (cast($4 as timestamptz), $5)) order by t.published_at desc, t.article_id desc limit $6) x join articles a on a.id = x.article_id and a.status = 'PUBLISHED' join section_refs s on s.id = a.section_id left join section_refs p on p.id = s.parent_id order by a.published_at desc, a.id desc
select a.id, a.headline, a.deck, a.language, a.slug, a.published_at, a.updated_at, s.id as section_id, s.slug as section_slug, s.name as section_name, p.slug as parent_slug, p.name as parent_name , a.lead_image_id, a.lead_image_alt, a.lead_image_caption, a.lead_image_decorative from (select x.id from section_refs part cross join lateral ( select a.id, a.published_at from articles a where a.section_id = part.id and a.status = 'PUBLISHED' and a.published_at <= $1 and (cast($2 as timestamptz) is null or (a.published_at, a.id) < (cast($3 as timestamptz), $4)) order by a.published_at desc, a.id desc limit $5) x where part.id = $6 or part.parent_id = $7 order by x.published_at desc, x.id desc limit $8) y join articles a on a.id = y.id join section_refs s on s.id = a.section_id left join section_refs p on p.id = s.parent_id order by a.published_at desc, a.id desc
select a.id, a.headline, a.deck, a.language, a.slug, a.published_at, a.updated_at, s.id as section_id, s.slug as section_slug, s.name as section_name, p.slug as parent_slug, p.name as parent_name , a.lead_image_id, a.lead_image_alt, a.lead_image_caption, a.lead_image_decorative from articles a join section_refs s on s.id = a.section_id left join section_refs p on p.id = s.parent_id where a.status = 'PUBLISHED' and a.published_at <= $1 order by a.published_at desc, a.id desc limit $2
select a.id, a.headline, a.deck, a.slug, a.language, a.published_at, a.updated_at, s.id as section_id, s.slug as section_slug, s.name as section_name, p.slug as parent_slug, p.name as parent_name from articles a join section_refs s on s.id = a.section_id left join section_refs p on p.id = s.parent_id where a.status = 'PUBLISHED' and a.published_at <= $1 order by a.published_at desc, a.id desc limit $2
select a.id, a.headline, a.deck, a.slug, a.language, a.published_at, a.updated_at, s.id as section_id, s.slug as section_slug, s.name as section_name, p.slug as parent_slug, p.name as parent_name from section_refs sec cross join lateral ( select a.id, a.headline, a.deck, a.slug, a.language, a.published_at, a.updated_at, a.section_id from articles a where a.status = 'PUBLISHED' and a.published_at <= $1 and a.section_id >= sec.id and a.section_id <= sec.id order by a.section_id, a.published_at desc, a.id desc limit $2 ) a join section_refs s on s.id = a.section_id left join section_refs p on p.id = s.parent_id where sec.id = $3 or sec.parent_id = $4 order by a.published_at desc, a.id desc limit $5
select a.id, case when a.status = 'PUBLISHED' then 1 else 0 end as public from article_images ai join articles a on a.id = ai.article_id where ai.image_id = $1
select a.slug, a.headline, a.language, a.published_at, s.slug as section_slug from articles a join section_refs s on s.id = a.section_id where a.status = 'PUBLISHED' and a.published_at <= $1 and a.published_at >= $2 order by a.published_at desc, a.id desc limit $3
select a.slug, a.published_at, a.updated_at, s.slug as section_slug from articles a join section_refs s on s.id = a.section_id where a.status = 'PUBLISHED' and a.published_at <= $1 and a.id > $2 and a.id <= $3 order by a.id
select a1_0.id,a1_0.bio,a1_0.created_at,a1_0.modified_at,a1_0.name,a1_0.slug,a1_0.staff_user_id from authors a1_0 where a1_0.id in ($1)
select a1_0.id,a1_0.bio,a1_0.created_at,a1_0.modified_at,a1_0.name,a1_0.slug,a1_0.staff_user_id from authors a1_0 where a1_0.id in ($1,$2)
select a1_0.id,a1_0.bio,a1_0.created_at,a1_0.modified_at,a1_0.name,a1_0.slug,a1_0.staff_user_id from authors a1_0 where a1_0.slug=$1
select a1_0.id,a1_0.body_html,a1_0.headline,a1_0.deck,a1_0.body_markdown,a1_0.slug,a1_0.section_id,a1_0.dateline,a1_0.language,a1_0.seo_title,a1_0.seo_description,a1_0.lead_image_id,a1_0.lead_image_alt,a1_0.lead_image_caption,a1_0.lead_image_decorative,a1_0.created_at,a1_0.created_by,a1_0.modified_at,a1_0.modified_by,a1_0.published_at,a1_0.review_note,a1_0.review_note_at,a1_0.review_note_by,a1_0.scheduled_at,a1_0.scheduled_by,a1_0.schedule_error,a1_0.status,a1_0.updated_at,a1_0.version from articles a1_0 where a1_0.id=$1
select a1_0.status from articles a1_0 where a1_0.slug=$1
select aa.article_id, au.id, au.slug, au.name from article_authors aa join author_refs au on au.id = aa.author_id where aa.article_id in ($1) order by aa.article_id, aa.position
select aa.article_id, au.id, au.slug, au.name from article_authors aa join author_refs au on au.id = aa.author_id where aa.article_id in ($1, $2) order by aa.article_id, aa.position
select aa.article_id, au.id, au.slug, au.name from article_authors aa join author_refs au on au.id = aa.author_id where aa.article_id in ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50) order by aa.article_id, aa.position
select ai1_0.article_id,ai1_0.position,ai1_0.author_id from article_authors ai1_0 where ai1_0.article_id=$1
select ar1_0.id,ar1_0.article_id,ar1_0.author_ids,ar1_0.headline,ar1_0.deck,ar1_0.body_markdown,ar1_0.slug,ar1_0.section_id,ar1_0.dateline,ar1_0.language,ar1_0.seo_title,ar1_0.seo_description,ar1_0.lead_image_id,ar1_0.lead_image_alt,ar1_0.lead_image_caption,ar1_0.lead_image_decorative,ar1_0.created_at,ar1_0.created_by,ar1_0.created_by_name,ar1_0.kind,ar1_0.number,ar1_0.restored_from,ar1_0.tag_ids from article_revisions ar1_0 where ar1_0.id=$1
select article_id from article_redirects where path = $1
select article_id, scheduled_by from article_working_copies where scheduled_at <= $1 and schedule_error is null order by scheduled_at, article_id limit 1 for update skip locked
select at.article_id, t.id, t.slug, t.name from article_tags at join tag_refs t on t.id = at.tag_id where at.article_id in ($1) order by at.article_id, at.position
select at.article_id, t.id, t.slug, t.name from article_tags at join tag_refs t on t.id = at.tag_id where at.article_id in ($1, $2) order by at.article_id, at.position
select at.article_id, t.id, t.slug, t.name from article_tags at join tag_refs t on t.id = at.tag_id where at.article_id in ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50) order by at.article_id, at.position
select awc1_0.article_id,awc1_0.author_ids,awc1_0.headline,awc1_0.deck,awc1_0.body_markdown,awc1_0.slug,awc1_0.section_id,awc1_0.dateline,awc1_0.language,awc1_0.seo_title,awc1_0.seo_description,awc1_0.lead_image_id,awc1_0.lead_image_alt,awc1_0.lead_image_caption,awc1_0.lead_image_decorative,awc1_0.image_ids,awc1_0.modified_at,awc1_0.modified_by,awc1_0.scheduled_at,awc1_0.scheduled_by,awc1_0.schedule_error,awc1_0.scheduled_public_update,awc1_0.tag_ids from article_working_copies awc1_0 where awc1_0.article_id=$1
select b.page from generate_series( 1, cast(ceil(coalesce((select max(id) from articles where status = 'PUBLISHED'), 0) / cast($1 as numeric)) as integer)) as b(page) where exists (select 1 from articles a where a.status = 'PUBLISHED' and a.published_at <= $2 and a.id > cast(b.page - 1 as bigint) * $3 and a.id <= cast(b.page as bigint) * $4) order by b.page
select body_markdown, language from articles where id = $1
select coalesce(max(ar1_0.number),0) from article_revisions ar1_0 where ar1_0.article_id=$1
select count(*) from (select 1 from article_search x where x.search_vector @@ (websearch_to_tsquery(newsroom_ts_config($1), $2) || websearch_to_tsquery('simple', $3)) and x.published_at <= $4 and (cast($5 as bigint) is null or x.section_id in (select id from section_refs where id = $6 or parent_id = $7)) limit $8) m
select count(*) from media_images
select count(*) from staff_users su1_0
select count(a1_0.id)>0 from articles a1_0 where a1_0.slug=$1
select count(a1_0.id)>0 from articles a1_0 where a1_0.slug=$1 and a1_0.id<>$2
select current_catalog
select current_schema()
select exists ( select 1 from section_refs part where (part.id = $1 or part.parent_id = $2) and exists (select 1 from articles a where a.section_id = part.id and a.status = 'PUBLISHED' and a.published_at <= $3))
select exists (select 1 from applied_seeds where name = $1)
select exists (select 1 from article_authors t where t.author_id = $1 and t.published_at <= $2)
select exists (select 1 from article_redirects where slug = $1 and (cast($2 as bigint) is null or article_id <> $3))
select exists (select 1 from article_tags t where t.tag_id = $1 and t.published_at <= $2)
select exists (select 1 from media_images where original_key = $1) or exists (select 1 from media_renditions where file_key = $2)
select greatest( (select max(changed_at) from listing_changes where scope = 'section'), (select max(changed_at) from listing_changes where scope = 'tag' and scope_id = any($1)), (select max(changed_at) from listing_changes where scope = 'author' and scope_id = any($2)))
select greatest( (select max(modified_at) from articles where id = any($1)), (select max(published_at) from article_corrections where article_id = any($2)), (select max(modified_at) from author_refs where id = any($3) or id in (select author_id from article_authors where article_id = any($4))), (select max(m.modified_at) from image_changes m join article_images i on i.image_id = m.id where i.article_id = any($5)), (select max(modified_at) from section_refs), (select max(modified_at) from articles where status = 'UNPUBLISHED'), cast($6 as timestamptz))
select greatest( (select max(modified_at) from articles), (select max(published_at) from article_corrections), (select max(modified_at) from section_refs), (select max(modified_at) from author_refs))
select i.id, i.file_name, i.format, i.byte_size, i.width, i.height, i.alt_text, i.caption, i.credit, i.decorative, i.created_at, i.created_by, i.version, su.display_name as created_by_name from media_images i left join staff_names su on su.id = i.created_by where i.id = $1
select i.id, i.width, i.height, i.alt_text, i.caption, i.credit, i.decorative, r.format as r_format, r.width as r_width, r.height as r_height, r.file_key from media_images i join media_renditions r on r.image_id = i.id where i.id in ($1) order by i.id, r.format, r.width
select i.id, i.width, i.height, i.alt_text, i.caption, i.credit, i.decorative, r.format as r_format, r.width as r_width, r.height as r_height, r.file_key from media_images i join media_renditions r on r.image_id = i.id where i.id in ($1, $2) order by i.id, r.format, r.width
select i.id, i.width, i.height, i.alt_text, i.caption, i.credit, i.decorative, r.format as r_format, r.width as r_width, r.height as r_height, r.file_key from media_images i join media_renditions r on r.image_id = i.id where i.id in ($1, $2, $3) order by i.id, r.format, r.width
select i.id, i.width, i.height, i.alt_text, i.caption, i.credit, i.decorative, r.format as r_format, r.width as r_width, r.height as r_height, r.file_key from media_images i join media_renditions r on r.image_id = i.id where i.id in ($1, $2, $3, $4) order by i.id, r.format, r.width
select i.id, i.width, i.height, i.alt_text, i.caption, i.credit, i.decorative, r.format as r_format, r.width as r_width, r.height as r_height, r.file_key from media_images i join media_renditions r on r.image_id = i.id where i.id in ($1, $2, $3, $4, $5) order by i.id, r.format, r.width
select i.id, i.width, i.height, i.alt_text, i.caption, i.credit, i.decorative, r.format as r_format, r.width as r_width, r.height as r_height, r.file_key from media_images i join media_renditions r on r.image_id = i.id where i.id in ($1, $2, $3, $4, $5, $6) order by i.id, r.format, r.width
select i.id, i.width, i.height, i.alt_text, i.caption, i.credit, i.decorative, r.format as r_format, r.width as r_width, r.height as r_height, r.file_key from media_images i join media_renditions r on r.image_id = i.id where i.id in ($1, $2, $3, $4, $5, $6, $7) order by i.id, r.format, r.width
select i.id, i.width, i.height, i.alt_text, i.caption, i.credit, i.decorative, r.format as r_format, r.width as r_width, r.height as r_height, r.file_key from media_images i join media_renditions r on r.image_id = i.id where i.id in ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) order by i.id, r.format, r.width
select i.id, i.width, i.height, i.alt_text, i.caption, i.credit, i.decorative, r.format as r_format, r.width as r_width, r.height as r_height, r.file_key from media_images i join media_renditions r on r.image_id = i.id where i.id in ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) order by i.id, r.format, r.width
select i1_0.id,i1_0.alt_text,i1_0.byte_size,i1_0.caption,i1_0.created_at,i1_0.created_by,i1_0.credit,i1_0.decorative,i1_0.file_name,i1_0.format,i1_0.height,i1_0.modified_at,i1_0.modified_by,i1_0.original_key,i1_0.version,i1_0.width from media_images i1_0 where i1_0.id=$1
select i1_0.id,i1_0.alt_text,i1_0.byte_size,i1_0.caption,i1_0.created_at,i1_0.created_by,i1_0.credit,i1_0.decorative,i1_0.file_name,i1_0.format,i1_0.height,i1_0.modified_at,i1_0.modified_by,i1_0.original_key,i1_0.version,i1_0.width from media_images i1_0 where i1_0.original_key=$1
select id, body_markdown, language, body_html from articles where id > $1 order by id limit $2
select id, kind, text, published_at from article_corrections where article_id = $1 order by published_at, id
select id, line, level, article_id, expires_at, modified_at from front_banners where ended_at is null and expires_at > $1
select id, number, kind, restored_from, created_at, created_by_name from article_revisions where article_id = $1 order by number desc
select id, scheduled_by from articles where status = 'SCHEDULED' and scheduled_at <= $1 and schedule_error is null order by scheduled_at, id limit 1 for update skip locked
select ii1_0.article_id,ii1_0.image_id from article_images ii1_0 where ii1_0.article_id=$1
select image_id, format from media_renditions where file_key = $1 limit 1
select max(applied_at) from applied_seeds where starts_with(name, $1)
select max(changed_at) from listing_changes
select max(greatest(modified_at, case when expires_at <= $1 and (ended_at is null or expires_at < ended_at) then expires_at end)) from front_banners
select max(published_at) from articles where status = 'PUBLISHED' and published_at <= $1
select max(published_at) from articles where status = 'PUBLISHED' and published_at <= now()
select original_key from media_images where id = $1
select pg_notify($1, $2)
select published_at from article_search where published_at <= $1 order by published_at desc offset $2 limit 1
select published_at from articles where id = $1 and published_at is not null
select r.id, r.published_at, s.article_id, s.headline, s.deck, s.image_id from fronts f join front_revisions r on r.id = f.live_revision_id left join front_revision_slots s on s.revision_id = r.id where f.front_key = $1 order by s.position
select r1_0.image_id,r1_0.byte_size,r1_0.file_key,r1_0.format,r1_0.height,r1_0.width from media_renditions r1_0 where r1_0.image_id=$1
select s.id from section_refs s where s.id = any($1) and exists (select 1 from section_refs part where (part.id = s.id or part.parent_id = s.id) and exists (select 1 from articles a where a.section_id = part.id and a.status = 'PUBLISHED' and a.published_at <= $2))
select s.slug as section_slug, a.published_at, a.slug from articles a join section_refs s on s.id = a.section_id where a.id = $1 and a.status = 'PUBLISHED'
select s1_0.id,s1_0.created_at,s1_0.modified_at,s1_0.name,p1_0.id,p1_0.created_at,p1_0.modified_at,p1_0.name,p1_0.parent_id,p1_0.position,p1_0.slug,s1_0.position,s1_0.slug from sections s1_0 left join sections p1_0 on p1_0.id=s1_0.parent_id
select s1_0.id,s1_0.created_at,s1_0.modified_at,s1_0.name,p1_0.id,p1_0.created_at,p1_0.modified_at,p1_0.name,p1_0.parent_id,p1_0.position,p1_0.slug,s1_0.position,s1_0.slug from sections s1_0 left join sections p1_0 on p1_0.id=s1_0.parent_id where s1_0.slug=$1
select s1_0.id,s1_0.created_at,s1_0.modified_at,s1_0.name,s1_0.parent_id,s1_0.position,s1_0.slug from sections s1_0 where s1_0.id=$1
select s1_0.id,s1_0.created_at,s1_0.modified_at,s1_0.name,s1_0.parent_id,s1_0.position,s1_0.slug from sections s1_0 where s1_0.parent_id is null order by s1_0.position,s1_0.name
select su1_0.id from staff_users su1_0 where su1_0.email=$1 fetch first $2 rows only
select su1_0.id,su1_0.created_at,su1_0.display_name,su1_0.email,su1_0.enabled,su1_0.modified_at,su1_0.password_hash,su1_0.role,su1_0.version from staff_users su1_0 where su1_0.id=$1
select t1_0.id from tags t1_0 where t1_0.slug=$1 fetch first $2 rows only
select t1_0.id,t1_0.created_at,t1_0.name,t1_0.slug from tags t1_0 where lower(t1_0.name)=lower($1)
select t1_0.id,t1_0.created_at,t1_0.name,t1_0.slug from tags t1_0 where t1_0.id in ($1)
select t1_0.id,t1_0.created_at,t1_0.name,t1_0.slug from tags t1_0 where t1_0.id in ($1,$2)
select t1_0.id,t1_0.created_at,t1_0.name,t1_0.slug from tags t1_0 where t1_0.slug=$1
select ti1_0.article_id,ti1_0.position,ti1_0.tag_id from article_tags ti1_0 where ti1_0.article_id=$1
select top.id as top_id, top.slug as top_slug, top.name as top_name, x.* from section_refs top cross join lateral ( select a.id, a.headline, a.deck, a.language, a.slug, a.published_at, a.updated_at, s.id as section_id, s.slug as section_slug, s.name as section_name, p.slug as parent_slug, p.name as parent_name , a.lead_image_id, a.lead_image_alt, a.lead_image_caption, a.lead_image_decorative from articles a join section_refs s on s.id = a.section_id left join section_refs p on p.id = s.parent_id where a.status = 'PUBLISHED' and a.published_at <= $1 and (s.id = top.id or s.parent_id = top.id) order by a.published_at desc, a.id desc limit $2 ) x where top.parent_id is null order by top.position, top.name, x.published_at desc, x.id desc
select u.image_id, a.id, a.headline, a.status from (select image_id, article_id from article_images where image_id in ($1) union select x.image_id, w.article_id from article_working_copies w cross join lateral unnest(w.image_ids) as x(image_id) where w.image_ids && array[$2]::bigint[] and x.image_id in ($3)) u join articles a on a.id = u.article_id order by u.image_id, a.modified_at desc, a.id desc
select version()
select x.article_id from article_search x where x.search_vector @@ (websearch_to_tsquery(newsroom_ts_config($1), $2) || websearch_to_tsquery('simple', $3)) and x.published_at <= $4 and (cast($5 as bigint) is null or x.section_id in (select id from section_refs where id = $6 or parent_id = $7)) order by ts_rank(x.title_vector, websearch_to_tsquery(newsroom_ts_config($8), $9) || websearch_to_tsquery('simple', $10)) desc, x.published_at desc, x.article_id desc limit $11 offset $12
update article_authors x set published_at = a.published_at from articles a where a.id = x.article_id and a.status = 'PUBLISHED'
update article_corrections set published_at = least(published_at, now()) where published_at > now()
update article_edit_locks set taken_at = least(taken_at, now()), since = least(since, now()), heartbeat_at = least(heartbeat_at, now()) where taken_at > now() or since > now() or heartbeat_at > now()
update article_redirects set created_at = least(created_at, now()) where created_at > now()
update article_revisions set body_markdown = 'forged' where article_id = $1
update article_tags set tag_id=$1 where article_id=$2 and position=$3
update article_tags t set published_at = a.published_at from articles a where a.id = t.article_id and a.status = 'PUBLISHED'
update article_working_copies set author_ids=$1,headline=$2,deck=$3,body_markdown=$4,slug=$5,section_id=$6,dateline=$7,language=$8,seo_title=$9,seo_description=$10,lead_image_id=$11,lead_image_alt=$12,lead_image_caption=$13,lead_image_decorative=$14,image_ids=$15,modified_at=$16,modified_by=$17,scheduled_at=$18,scheduled_by=$19,schedule_error=$20,scheduled_public_update=$21,tag_ids=$22 where article_id=$23
update article_working_copies set modified_at = least(modified_at, now()) where modified_at > now()
update article_working_copies set schedule_error = $1 where article_id = $2 and scheduled_at is not null
update articles set body_html = $1 where id = $2
update articles set body_html=$1,headline=$2,deck=$3,body_markdown=$4,slug=$5,section_id=$6,dateline=$7,language=$8,seo_title=$9,seo_description=$10,lead_image_id=$11,lead_image_alt=$12,lead_image_caption=$13,lead_image_decorative=$14,created_at=$15,created_by=$16,modified_at=$17,modified_by=$18,published_at=$19,review_note=$20,review_note_at=$21,review_note_by=$22,scheduled_at=$23,scheduled_by=$24,schedule_error=$25,status=$26,updated_at=$27,version=$28 where id=$29 and version=$30
update articles set created_at = least(created_at, now()), modified_at = least(modified_at, now()), published_at = least(published_at, now()), updated_at = least(updated_at, now()), review_note_at = least(review_note_at, now()) where created_at > now() or modified_at > now() or published_at > now() or updated_at > now() or review_note_at > now()
update articles set schedule_error = $1 where id = $2 and status = 'SCHEDULED'
update articles set search_vector = setweight(to_tsvector(newsroom_ts_config(language), coalesce(headline, '')), 'A') || setweight(to_tsvector(newsroom_ts_config(language), coalesce(deck, '')), 'B') || setweight(to_tsvector(newsroom_ts_config(language), coalesce(body_markdown, '')), 'C')
update articles set section_id = null where id = $1
update articles set status = 'UNPUBLISHED' where id = $1 and status = 'PUBLISHED'
update authors set created_at = least(created_at, now()), modified_at = least(modified_at, now()) where created_at > now() or modified_at > now()
update front_banners set created_at = least(created_at, now()), modified_at = least(modified_at, now()) where created_at > now() or modified_at > now()
update front_banners set ended_at = $1, modified_at = $2 where ended_at is null
update front_banners set ended_at = $1, modified_at = $2 where id = $3 and ended_at is null
update listing_changes set changed_at = least(changed_at, now()) where changed_at > now()
update login_failures set failed_at = least(failed_at, now()) where failed_at > now()
update media_images set alt_text=$1,caption=$2,credit=$3,decorative=$4,file_name=$5,height=$6,modified_at=$7,modified_by=$8,version=$9,width=$10 where id=$11 and version=$12
update media_images set created_at = least(created_at, now()), modified_at = least(modified_at, now()) where created_at > now() or modified_at > now()
update sections set created_at = least(created_at, now()), modified_at = least(modified_at, now()) where created_at > now() or modified_at > now()
update staff_users set created_at = least(created_at, now()), modified_at = least(modified_at, now()) where created_at > now() or modified_at > now()
update tags set created_at = least(created_at, now()) where created_at > now()
with mine as (select tag_id from article_tags where article_id = $1), candidates as ( select c.article_id as id from mine cross join lateral ( select t.article_id from article_tags t where t.tag_id = mine.tag_id and t.published_at <= $2 and t.article_id <> $3 order by t.published_at desc, t.article_id desc limit $4 ) c union (select a.id from articles a where a.section_id = $5 and a.status = 'PUBLISHED' and a.published_at <= $6 and a.id <> $7 order by a.published_at desc, a.id desc limit $8) ) select a.id, a.headline, a.deck, a.language, a.slug, a.published_at, a.updated_at, s.id as section_id, s.slug as section_slug, s.name as section_name, p.slug as parent_slug, p.name as parent_name , a.lead_image_id, a.lead_image_alt, a.lead_image_caption, a.lead_image_decorative , (select count(*) from article_tags x join mine m on m.tag_id = x.tag_id where x.article_id = a.id) as shared from candidates c join articles a on a.id = c.id and a.status = 'PUBLISHED' join section_refs s on s.id = a.section_id left join section_refs p on p.id = s.parent_id order by shared desc, (a.section_id = $9) desc, a.published_at desc, a.id desc limit $10
with q as ( select websearch_to_tsquery(newsroom_ts_config($1), $2) || websearch_to_tsquery('simple', $3) as query ) select a.id, a.headline, a.deck, a.language, a.slug, a.published_at, a.updated_at, s.id as section_id, s.slug as section_slug, s.name as section_name, p.slug as parent_slug, p.name as parent_name , a.lead_image_id, a.lead_image_alt, a.lead_image_caption, a.lead_image_decorative , ts_headline(newsroom_ts_config(a.language), a.body_markdown, q.query, 'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') as snippet, left(a.body_markdown, 1000) as body_start, right(a.body_markdown, 1000) as body_end from q, articles a join section_refs s on s.id = a.section_id left join section_refs p on p.id = s.parent_id where a.id = any($4) and a.status = 'PUBLISHED'
with recursive newest as ( (select a.section_id, a.published_at from articles a where a.status = 'PUBLISHED' and a.published_at <= $1 order by a.section_id, a.published_at desc, a.id desc limit 1) union all select next.section_id, next.published_at from newest n cross join lateral ( select a.section_id, a.published_at from articles a where a.status = 'PUBLISHED' and a.published_at <= $2 and a.section_id > n.section_id order by a.section_id, a.published_at desc, a.id desc limit 1 ) next ) select n.section_id, s.parent_id, n.published_at from newest n join section_refs s on s.id = n.section_id
