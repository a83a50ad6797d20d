# English, for users whose Telegram language is English.
start =
    Hello! I answer questions about Party and government meeting reports, citing the articles [1], [2]…

    Ask in English or Vietnamese (with or without diacritics), or tap an example question:
    { $examples }

    Send /help for the commands.
help =
    <b>How to ask</b>
    Send a question about the reports; the answer carries citation numbers [1], [2]… and a list of sources. Tap <b>Nguồn 1</b>… (source 1) to see the quoted passage, <b>Toàn bài</b> to read the whole article. In groups, mention the bot or reply to one of its messages.

    Examples (tap to ask):
    { $examples }

    <b>Commands</b>
    /latest [n] — the n newest reports (default 5, at most 20)
    /search &lt;words&gt; — articles with these words in their title or text
    /stats — articles, passages, index status
    /new — start a new question (the bot forgets the earlier context; “new question” works too)
    /follow &lt;place or phrase&gt; — a notice when a new article about it arrives; /unfollow — stop
    /help — this help
help-admin =
    <b>Administration</b> (in a direct message, not forwarded)
    /reindex — rescan the articles folder, index what changed
    /add &lt;url&gt; … — fetch one or more articles from the web (page, PDF, DOCX), preview, then tap Lưu (save)
    /add &lt;article text&gt; — add a pasted article; or send a .txt/.html/.pdf/.docx file captioned /add
    /remove &lt;id&gt; — delete an article after confirming (ids are shown by /latest)
    /feedback [n] — the n latest answers rated 👎, with their questions

## Dates and ages (format/date.ts)
date-unknown = date unknown
age-unknown = unknown
age-now = just now
age-minutes = { $n } min ago
age-hours = { $n ->
    [one] { $n } hour ago
   *[other] { $n } hours ago
}
age-days = { $n ->
    [one] { $n } day ago
   *[other] { $n } days ago
}

## /latest (features/latest.ts, format/lists.ts)
latest-usage = Usage: /latest [n] [place], where n is a number from 1 to { $max } (default { $default }). Examples: /latest 10, /latest Kon Tum
latest-capped = At most { $max } reports are shown at a time.
latest-empty = The index holds no reports yet.
latest-heading = { $count ->
    [one] The newest report
   *[other] The { $count } newest reports
}
latest-heading-place = { $count ->
    [one] The newest report about { $place }
   *[other] The { $count } newest reports about { $place }
}
latest-none-at-place = No report is about { $place }.
latest-chair = Chaired by: { $chair }

## /search (features/search.ts, format/search.ts)
search-usage = Usage: /search <words> [place]. Examples: /search giao ban quý I, /search ngân sách Mường Lay
search-expired = These search results are out of date. Please search again.
search-none = No article has the words “{ $phrase }”. Try other words, with or without diacritics.
search-none-at-place = No article about { $place } has the words “{ $phrase }”. Try other words, with or without diacritics.
search-heading = { $count ->
    [one] 1 article matches “{ $phrase }”
   *[other] { $count } articles match “{ $phrase }”
}
search-page = (page { $page }/{ $pages })
search-previous = ‹ Previous
search-next = Next ›

## /stats chart (chart/spec.ts)
chart-title = Meetings per quarter and province
chart-subtitle = { $shown } of { $total } articles · the { $provinces } busiest provinces · the latest { $quarters } quarters
chart-axis-count = Meetings
chart-legend = Province
chart-quarter = Q{ $n } { $year }

## /stats text (format/stats.ts)
stats-heading = Index statistics
stats-articles = Articles: { $n }
stats-chunks = Passages: { $n }
stats-vectors = Semantic search: { $state }
stats-vectors-on = on ({ $model })
stats-vectors-off = off — keyword search only
stats-model-unknown = unknown model
stats-generation = Index generation: { $n }
stats-built = Updated at: { $at } ({ $age })
stats-chart-caption = Meetings per quarter of the { $provinces } busiest provinces: { $shown } of { $total } articles.

## Admin details and update reports (format/stats.ts, features/admin.ts)
admin-detail = Admin: { $detail }
detail-line = Details: { $detail }
update-done = <b>Index updated</b> in { $seconds } s
update-added = Added: { $n }
update-changed = Changed: { $n }
update-removed = Removed: { $n }
update-unchanged = Unchanged: { $n }
update-skipped = Skipped: { $n }

## Buttons, conversations and questions (features/conversation.ts, question.ts, passages.ts, sources.ts)
button-invalid = This button is not valid.
conversation-new = New question started: the next one is answered on its own, without the earlier ones.
conversation-expired = This conversation has expired or a newer question was asked. Please send your question again.
question-empty = What would you like to ask? Write the question right after the bot’s name, e.g. “Who chaired the meeting?”
article-gone = This article is no longer in the index.
article-changed = This article has been updated, so the quoted passage has changed. Please ask again.
source-expired = This answer is too old: its sources are no longer kept. Please ask again.

## Feedback (features/feedback.ts, format/conversation.ts)
feedback-thanks-up = Thank you! { $up } noted.
feedback-thanks-down = Thank you! { $down } noted; this question will be reviewed.
feedback-changed = Your rating is now { $vote }.
feedback-same = You already rated this answer that way.
feedback-expired = This answer is too old to be rated.
feedback-private-only = Please use /feedback in a private chat with the bot.
feedback-usage = Usage: /feedback [n], where n is from 1 to { $max } (default { $default }).
feedback-list-heading = Feedback:
feedback-list-empty = No answer has been rated { $down } yet.
feedback-list-id = id { $id }
feedback-list-sources = Sources: { $docs }
feedback-list-no-sources = No source cited

## Errors, fallbacks and limits (errors.ts, features/fallback.ts, middleware/rate-limit.ts)
error-apology = Sorry, something went wrong with this message. Please try again in a few minutes.
error-apology-short = Sorry, something went wrong. Please try again.
button-gone = This button no longer works.
text-only = I can only read text messages. Type your question, or /help for the guide.
unknown-command = There is no /{ $name } command. Send /help for the commands.
rate-limited = You are sending messages a little fast 🙂 Please wait about a minute, then ask again.

## Small talk (features/examples.ts)
small-talk-greeting = Hello! 👋 I answer questions about Party and government meeting reports, citing the articles. Try one of these, or type your own question:
small-talk-thanks = You are welcome! Ask another question any time, for example:

## Answers and their sources (format/answer.ts, format/sources.ts)
sources-heading = Sources:
source-button = Source { $n }
article-button = Full article
article-button-n = Full article { $n }
source-published = Published: { $date }
source-where = Source: { $where }
source-also-in = also published at: { $sources }
source-also-published = Also published at: { $sources }
article-page = Page { $page }/{ $pages }
article-next-page = Next page ›

## Admin commands (features/admin.ts)
admin-only = This command is for administrators only.
admin-forwarded = Admin commands must be sent directly; forwarded messages are not accepted.
admin-busy = Another update is running. Try again when it is done (see /stats).
update-started = ⏳ Updating the index; questions are still answered meanwhile…
update-failed = The update failed.

## /add and /remove (features/ingest.ts, format/preview.ts)
add-usage = Usage: /add followed by one or more page addresses (http/https), or the pasted article (headline on the first line); or send a .txt/.html/.pdf/.docx file captioned /add.
remove-usage = Usage: /remove <id>. Ids are shown by /latest.
add-bad-file-type = Only .txt, .html, .pdf or .docx files are accepted.
add-not-utf8 = The file is not UTF-8 text.
add-no-article = No article text found (only a headline or page decoration). Nothing saved.
add-cancelled = Cancelled, nothing saved.
remove-cancelled = Cancelled, nothing deleted.
pending-gone = This request has expired or was already handled. Please send the command again.
pending-foreign = This button belongs to someone else's request.
add-too-many-urls = At most { $max } addresses per /add.
add-file-too-large = The file is too large: at most { $mb } MB.
add-file-unreadable = This file could not be read.
add-file-unreadable-because = This file could not be read: { $reason }
add-fetch-failed = Could not fetch { $url }: { $reason }
remove-unknown = No article has the id { $id }. Ids are shown by /latest.
remove-confirm = Delete article { $id } — { $title }?
add-done = Article { $id } added.
remove-done = Article { $id } deleted — { $title }.
add-duplicate = This article is already stored: { $id } — { $title }. Nothing saved.
button-save = Save
button-cancel = Cancel
button-delete = Delete
add-reason-bad-url = invalid address (only http and https are accepted).
add-reason-blocked = internal or private addresses are blocked.
add-reason-dns = the domain name was not found.
add-reason-timeout = the server did not answer in time.
add-reason-too-large = the document is too large.
add-reason-redirects = too many redirects.
add-reason-http-status = the server returned an error.
add-reason-not-document = this is not a web page, PDF or DOCX.
add-reason-network = network error.
add-reason-empty = the document has no text.
add-reason-damaged = the document is damaged or unreadable.
add-reason-not-utf8 = the file is not UTF-8 text.
add-reason-unknown = unknown error.
preview-heading = Preview — not saved yet
preview-title = Headline: { $title }
preview-author = Author: { $author }
preview-chairs = Chaired by: { $chairs }
preview-periods = Reporting period: { $periods }
preview-organisation = Body: { $organisation }
preview-length = Length: { $chars } characters
preview-actions = Tap <b>Save</b> to add the article to the index, or <b>Cancel</b>.

## Command menus (commands.ts); the i18n test checks these keys exist too
menu-start = About the bot
menu-help = How to ask, with examples
menu-latest = The newest reports, e.g. /latest 10 or /latest Kon Tum
menu-search = Find articles by keywords, optionally with a place
menu-stats = Index statistics, with a chart (also /thongke)
menu-new = Start a new question (forget the context)
menu-theodoi = Follow new articles about a place or phrase: /follow Kon Tum
menu-boqua = See and stop what this chat follows
menu-reindex = Rescan the articles folder (admin)
menu-add = Add articles: /add <address or text>, or a file captioned /add (admin)
menu-remove = Delete an article by id: /remove <id> (admin)
menu-feedback = The latest answers rated 👎 (admin)

# Alerts (/follow, /unfollow) and their notices. Sent as Telegram HTML: the bot escapes the variables.
alert-usage =
    Usage: /follow &lt;place or phrase&gt;, e.g. <code>/follow Kon Tum</code> or <code>/follow Ban Tuyên giáo</code>. When a new article matches, the bot tells this chat. See and stop: /unfollow
alert-too-long = That topic is too long (at most { $max } characters). Write a place or a short phrase.
alert-too-short = That phrase is too short: it needs at least { $min } letters.
alert-added-place = Now following the area <b>{ $label }</b> ({ $unit }). New articles about it will be announced here. See and stop: /unfollow
alert-added-phrase = Now following the phrase “<b>{ $label }</b>” in titles and text. New articles that mention it will be announced here. See and stop: /unfollow
alert-exists = This chat already follows “{ $label }”.
alert-full = A chat can follow at most { $max } topics. Remove some with /unfollow.
alert-group-only-admins = In a group, only the group's administrators can follow or unfollow.
alert-list-empty = This chat follows nothing yet. Use /follow &lt;place or phrase&gt;.
alert-list-head = <b>Following</b> (tap one to stop):
alert-removed = Stopped following “{ $label }”.
alert-removed-all = Stopped following everything ({ $count } topics).
alert-not-followed = This chat does not follow “{ $label }”. See the list: /unfollow
alert-button-gone = That item is no longer in the list.
alert-button-all = Stop all
alert-kind-place = area
alert-kind-phrase = phrase
alert-notice-head = 🔔 New article about “{ $topic }”:
alert-read = Read it
alert-open = Open the page
alert-ask = Ask about it
alert-ask-prompt = What would you like to know about <b>{ $title }</b>? <b>Reply to this message</b> with your question; the bot answers from that article only.
alert-ask-placeholder = E.g. Who chaired the meeting?
alert-ask-gone = This article is no longer in the index.
