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
