/**
 * "the 600 attacks claimed on social media", "2,500 deaths reported in some local media", "700
 * attacks rumoured online": a participle of reporting after a figure, with the medium it was
 * reported in, says whose figure it is as an agent does ("claimed by X"). The medium is the
 * words: it names nobody the fact base knows, so the figure is someone else's.
 */
export const MEDIUM_PASSIVE = /(?<![\p{L}])(?:claimed|reported|alleged|rumou?red|circulated|circulating|cited|quoted|touted|shared|posted|repeated|floated|bandied[ \u00A0]+about)[ \u00A0]+(?:(?:on|in|across|by|through|via)[ \u00A0]+((?:(?:the|some|several|many|various|certain|local|foreign|international|national|regional|state|state-run|official|opposition|partisan|early|initial|social|mainstream|online|Pakistani|Afghan|Indian|Western|Urdu|English-language|pro-[\p{L}-]+|anti-[\p{L}-]+)[ \u00A0]+){0,3}(?:media|press|outlets?|newspapers?|papers|television|TV|channels?|radio|posts?|accounts?|forums?|blogs?|websites?|sites?|platforms?|Twitter|Facebook|Telegram|WhatsApp|YouTube|TikTok|circles|quarters))|(online))(?![\p{L}])/gu;
/** A word every MEDIUM_PASSIVE match holds. */
export const MEDIUM_WORD = /media|press|outlet|newspaper|papers|television|TV|channel|radio|post|account|forum|blog|site|platform|Twitter|Facebook|Telegram|WhatsApp|YouTube|TikTok|circles|quarters|online/;
