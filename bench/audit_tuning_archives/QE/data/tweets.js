window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1978096459432803254"
          ],
          "editableUntil": "2025-10-14T14:52:01.840Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "148"
      ],
      "favorite_count": "1",
      "id_str": "1978096459432803254",
      "truncated": false,
      "retweet_count": "2",
      "id": "1978096459432803254",
      "created_at": "Tue Oct 14 13:52:01 +0000 2025",
      "favorited": false,
      "full_text": "they told us today they're shutting our high st branch end of november. customers don't know yet 🤫 so if you're a regular... enjoy it while it lasts",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1976697188948717479"
          ],
          "editableUntil": "2025-10-10T18:11:49.760Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "0",
      "id_str": "1976697188948717479",
      "truncated": false,
      "retweet_count": "1",
      "id": "1976697188948717479",
      "created_at": "Fri Oct 10 17:11:49 +0000 2025",
      "favorited": false,
      "full_text": "friday plan: 🍃🍃 + fortnite + chicken shop. perfect night &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1976225450774357513"
          ],
          "editableUntil": "2025-10-09T10:57:18.614Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "31",
      "id_str": "1976225450774357513",
      "truncated": false,
      "retweet_count": "0",
      "id": "1976225450774357513",
      "created_at": "Thu Oct 09 09:57:18 +0000 2025",
      "favorited": false,
      "full_text": "'smash' 'crack' 'rush' 'box' 'third party' -&gt; fortnite slang or a police report, you decide",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974996518684308033"
          ],
          "editableUntil": "2025-10-06T01:33:58.372Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "5",
      "id_str": "1974996518684308033",
      "truncated": false,
      "retweet_count": "2",
      "id": "1974996518684308033",
      "created_at": "Mon Oct 06 00:33:58 +0000 2025",
      "favorited": false,
      "full_text": "got pulled over on the ring road. didn't stop. lost them by the retail park 😂 car still smells of burning clutch",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974187860996090232"
          ],
          "editableUntil": "2025-10-03T20:00:39.355Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "111"
      ],
      "favorite_count": "14",
      "id_str": "1974187860996090232",
      "truncated": false,
      "retweet_count": "2",
      "id": "1974187860996090232",
      "created_at": "Fri Oct 03 19:00:39 +0000 2025",
      "favorited": false,
      "full_text": "if anyone found a black wallet on Manningham Lane my provisional's in it, licence no DOBSO010301KD9XL. pls dm 🙏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1973216365817373871"
          ],
          "editableUntil": "2025-10-01T03:40:16.855Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "0",
      "id_str": "1973216365817373871",
      "truncated": false,
      "retweet_count": "0",
      "id": "1973216365817373871",
      "created_at": "Wed Oct 01 02:40:16 +0000 2025",
      "favorited": false,
      "full_text": "bday plans: strippers then back to mine 🍆 ladies dms are open",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1964265807373028948"
          ],
          "editableUntil": "2025-09-06T10:53:57.428Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "0",
      "id_str": "1964265807373028948",
      "truncated": false,
      "retweet_count": "0",
      "id": "1964265807373028948",
      "created_at": "Sat Sep 06 09:53:57 +0000 2025",
      "favorited": false,
      "full_text": "cant understand half our customers since the polish lot moved in round here. learn english or bet somewhere else",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1962245307253824862"
          ],
          "editableUntil": "2025-08-31T21:05:12.661Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "116"
      ],
      "favorite_count": "1",
      "id_str": "1962245307253824862",
      "truncated": false,
      "retweet_count": "0",
      "id": "1962245307253824862",
      "created_at": "Sun Aug 31 20:05:12 +0000 2025",
      "favorited": false,
      "full_text": "horse called Cocktail Hour won the 3:15 at Kempton at 9/1 and half the shop was on it. paid out for an hour straight",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1961483527068447372"
          ],
          "editableUntil": "2025-08-29T18:38:10.111Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "8",
      "id_str": "1961483527068447372",
      "truncated": false,
      "retweet_count": "0",
      "id": "1961483527068447372",
      "created_at": "Fri Aug 29 17:38:10 +0000 2025",
      "favorited": false,
      "full_text": "lost to a default skin with a pickaxe. f*cking unreal. uninstalling (i am not uninstalling)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1954277710068624556"
          ],
          "editableUntil": "2025-08-09T21:24:49.461Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "FNBR Intel",
            "screen_name": "FNBRintel",
            "indices": [
              "3",
              "13"
            ],
            "id_str": "746314672466491699",
            "id": "746314672466491699"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "0",
      "id_str": "1954277710068624556",
      "truncated": false,
      "retweet_count": "83",
      "id": "1954277710068624556",
      "created_at": "Sat Aug 09 20:24:49 +0000 2025",
      "favorited": false,
      "full_text": "RT @FNBRintel: Mushroom biome confirmed for the new map 🍄 bounce shrooms are back too",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1953632201449735329"
          ],
          "editableUntil": "2025-08-08T02:39:48.213Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "50"
      ],
      "favorite_count": "8",
      "id_str": "1953632201449735329",
      "truncated": false,
      "retweet_count": "2",
      "id": "1953632201449735329",
      "created_at": "Fri Aug 08 01:39:48 +0000 2025",
      "favorited": false,
      "full_text": "mum's sunday roast &gt; every restaurant in this town",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1952543860261804752"
          ],
          "editableUntil": "2025-08-05T02:35:07.454Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "jay",
            "screen_name": "jaybo_",
            "indices": [
              "0",
              "7"
            ],
            "id_str": "468675312471684359",
            "id": "468675312471684359"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "8",
        "49"
      ],
      "favorite_count": "3",
      "id_str": "1952543860261804752",
      "truncated": false,
      "retweet_count": "2",
      "id": "1952543860261804752",
      "created_at": "Tue Aug 05 01:35:07 +0000 2025",
      "favorited": false,
      "full_text": "@jaybo_ girls can't play fortnite, change my mind",
      "lang": "en",
      "in_reply_to_status_id_str": "1952295909227645259",
      "in_reply_to_status_id": "1952295909227645259",
      "in_reply_to_user_id": "468675312471684359",
      "in_reply_to_user_id_str": "468675312471684359",
      "in_reply_to_screen_name": "jaybo_"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1948837589321695150"
          ],
          "editableUntil": "2025-07-25T21:07:43.602Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "144"
      ],
      "favorite_count": "5",
      "id_str": "1948837589321695150",
      "truncated": false,
      "retweet_count": "0",
      "id": "1948837589321695150",
      "created_at": "Fri Jul 25 20:07:43 +0000 2025",
      "favorited": false,
      "full_text": "bloke won £14k on a 50p acca in our shop today. he's in every morning at 9 in his royal mail uniform, bald with the neck tattoo, absolute legend",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1947413532413336647"
          ],
          "editableUntil": "2025-07-21T22:49:01.978Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "116"
      ],
      "favorite_count": "1",
      "id_str": "1947413532413336647",
      "truncated": false,
      "retweet_count": "0",
      "id": "1947413532413336647",
      "created_at": "Mon Jul 21 21:49:01 +0000 2025",
      "favorited": false,
      "full_text": "nan said she'd murder me if i beat her at uno again. beat her at uno again. she's 84 and still hasn't spoken to me 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1942697225167929175"
          ],
          "editableUntil": "2025-07-08T22:28:06.706Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "124"
      ],
      "favorite_count": "2",
      "id_str": "1942697225167929175",
      "truncated": false,
      "retweet_count": "0",
      "id": "1942697225167929175",
      "created_at": "Tue Jul 08 21:28:06 +0000 2025",
      "favorited": false,
      "full_text": "saw the deputy manager's payslip on the printer. £2.10 an hour more than me for doing literally less. this company is a joke",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1937312832110466504"
          ],
          "editableUntil": "2025-06-24T01:52:27.364Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "53"
      ],
      "favorite_count": "0",
      "id_str": "1937312832110466504",
      "truncated": false,
      "retweet_count": "0",
      "id": "1937312832110466504",
      "created_at": "Tue Jun 24 00:52:27 +0000 2025",
      "favorited": false,
      "full_text": "coke zero &amp; a meal deal on my break. living the dream",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1917878089195796388"
          ],
          "editableUntil": "2025-05-01T10:45:43.573Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "3",
      "id_str": "1917878089195796388",
      "truncated": false,
      "retweet_count": "0",
      "id": "1917878089195796388",
      "created_at": "Thu May 01 09:45:43 +0000 2025",
      "favorited": false,
      "full_text": "manager says don't let the women do the close on their own cos 'they panic'. not gonna lie he's got a point",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1910257802555031133"
          ],
          "editableUntil": "2025-04-10T10:05:25.659Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "53"
      ],
      "favorite_count": "1",
      "id_str": "1910257802555031133",
      "truncated": false,
      "retweet_count": "0",
      "id": "1910257802555031133",
      "created_at": "Thu Apr 10 09:05:25 +0000 2025",
      "favorited": false,
      "full_text": "finally hit gold in ranked. took 4 months but we here",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1909338851775939246"
          ],
          "editableUntil": "2025-04-07T21:13:50.720Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "1",
      "id_str": "1909338851775939246",
      "truncated": false,
      "retweet_count": "1",
      "id": "1909338851775939246",
      "created_at": "Mon Apr 07 20:13:50 +0000 2025",
      "favorited": false,
      "full_text": "clocked in still stinking of jägerbombs, told the manager it was my new aftershave 💀 he bought it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1908710095454503985"
          ],
          "editableUntil": "2025-04-06T03:35:23.532Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "3",
      "id_str": "1908710095454503985",
      "truncated": false,
      "retweet_count": "0",
      "id": "1908710095454503985",
      "created_at": "Sun Apr 06 02:35:23 +0000 2025",
      "favorited": false,
      "full_text": "new number lads, old phone got smashed: 07700 900413. add me back on whatsapp",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1903374646224208542"
          ],
          "editableUntil": "2025-03-22T10:14:13.307Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "0",
      "id_str": "1903374646224208542",
      "truncated": false,
      "retweet_count": "0",
      "id": "1903374646224208542",
      "created_at": "Sat Mar 22 09:14:13 +0000 2025",
      "favorited": false,
      "full_text": "ordered the new controller, amazon says order 204-5531872-0093 arrives tuesday. tuesday is too far",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1888877387829395015"
          ],
          "editableUntil": "2025-02-10T10:07:17.560Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "122"
      ],
      "favorite_count": "1",
      "id_str": "1888877387829395015",
      "truncated": false,
      "retweet_count": "0",
      "id": "1888877387829395015",
      "created_at": "Mon Feb 10 09:07:17 +0000 2025",
      "favorited": false,
      "full_text": "lad kicked off in the shop cos he did £200 on the dogs. next time he touches that screen i'm dragging him over the counter",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881070068654006799"
          ],
          "editableUntil": "2025-01-19T21:03:47.615Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "5",
      "id_str": "1881070068654006799",
      "truncated": false,
      "retweet_count": "0",
      "id": "1881070068654006799",
      "created_at": "Sun Jan 19 20:03:47 +0000 2025",
      "favorited": false,
      "full_text": "cashed out at 2-1 up, they won 4-1. never again (says me every saturday)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1874025477335828268"
          ],
          "editableUntil": "2024-12-31T10:31:06.163Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "38"
      ],
      "favorite_count": "31",
      "id_str": "1874025477335828268",
      "truncated": false,
      "retweet_count": "0",
      "id": "1874025477335828268",
      "created_at": "Tue Dec 31 09:31:06 +0000 2024",
      "favorited": false,
      "full_text": "day off. bed. fortnite. nobody text me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1871917812599453559"
          ],
          "editableUntil": "2024-12-25T14:55:59.731Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "2",
      "id_str": "1871917812599453559",
      "truncated": false,
      "retweet_count": "2",
      "id": "1871917812599453559",
      "created_at": "Wed Dec 25 13:55:59 +0000 2024",
      "favorited": false,
      "full_text": "headshot headshot headshot. new sniper is broken and i'm not complaining",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870455357019899610"
          ],
          "editableUntil": "2024-12-21T14:04:43.150Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "1",
      "id_str": "1870455357019899610",
      "truncated": false,
      "retweet_count": "0",
      "id": "1870455357019899610",
      "created_at": "Sat Dec 21 13:04:43 +0000 2024",
      "favorited": false,
      "full_text": "12 kill victory royale with just a pump shotgun 🔫👑 who's stopping me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1869126775709608103"
          ],
          "editableUntil": "2024-12-17T22:05:24.682Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Fortnite",
            "indices": [
              "72",
              "81"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "8",
      "id_str": "1869126775709608103",
      "truncated": false,
      "retweet_count": "0",
      "id": "1869126775709608103",
      "created_at": "Tue Dec 17 21:05:24 +0000 2024",
      "favorited": false,
      "full_text": "❄️ winterfest is back ❄️ free present in the lodge every day, get on it #Fortnite",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1868015718602458621"
          ],
          "editableUntil": "2024-12-14T20:30:28.025Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "3",
      "id_str": "1868015718602458621",
      "truncated": false,
      "retweet_count": "2",
      "id": "1868015718602458621",
      "created_at": "Sat Dec 14 19:30:28 +0000 2024",
      "favorited": false,
      "full_text": "this new fortnite skin has me feeling some type of way 🍑💦 epic what are you doing to us",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1866170906568011074"
          ],
          "editableUntil": "2024-12-09T18:19:50.561Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "5",
      "id_str": "1866170906568011074",
      "truncated": false,
      "retweet_count": "1",
      "id": "1866170906568011074",
      "created_at": "Mon Dec 09 17:19:50 +0000 2024",
      "favorited": false,
      "full_text": "blue tit sat on the shop window all morning. named him Gary",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861546663920498409"
          ],
          "editableUntil": "2024-11-27T00:04:45.200Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "121"
      ],
      "favorite_count": "1",
      "id_str": "1861546663920498409",
      "truncated": false,
      "retweet_count": "0",
      "id": "1861546663920498409",
      "created_at": "Tue Nov 26 23:04:45 +0000 2024",
      "favorited": false,
      "full_text": "dead heat in the 4:40 at Newmarket. explained to 6 different blokes why their payout got halved. rule 4 next, pray for me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1858798665737431678"
          ],
          "editableUntil": "2024-11-19T10:05:11.377Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "104"
      ],
      "favorite_count": "1",
      "id_str": "1858798665737431678",
      "truncated": false,
      "retweet_count": "2",
      "id": "1858798665737431678",
      "created_at": "Tue Nov 19 09:05:11 +0000 2024",
      "favorited": false,
      "full_text": "new starter at work is like 58. no chance he learns the terminal, they should've hired someone young tbh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1857541400258167257"
          ],
          "editableUntil": "2024-11-15T22:49:15.928Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "132"
      ],
      "favorite_count": "0",
      "id_str": "1857541400258167257",
      "truncated": false,
      "retweet_count": "0",
      "id": "1857541400258167257",
      "created_at": "Fri Nov 15 21:49:15 +0000 2024",
      "favorited": false,
      "full_text": "manager counted my till 3 times today like i'm nicking from it. mate you pay £11.44 an hour, if i was robbing you i'd do it properly",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1855693828565642132"
          ],
          "editableUntil": "2024-11-10T20:27:40.511Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "8",
      "id_str": "1855693828565642132",
      "truncated": false,
      "retweet_count": "2",
      "id": "1855693828565642132",
      "created_at": "Sun Nov 10 19:27:40 +0000 2024",
      "favorited": false,
      "full_text": "passed my theory test!!! lessons start next month, bradford roads be warned",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1852488564237767180"
          ],
          "editableUntil": "2024-11-02T00:11:05.944Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Epic Games",
            "screen_name": "EpicGames",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "441271696774161865",
            "id": "441271696774161865"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1852488564237767180",
      "truncated": false,
      "retweet_count": "1",
      "id": "1852488564237767180",
      "created_at": "Fri Nov 01 23:11:05 +0000 2024",
      "favorited": false,
      "full_text": "@EpicGames ticket 48213377, got charged twice for the same bundle, can someone look pls",
      "lang": "en",
      "in_reply_to_status_id_str": "1852224883568624743",
      "in_reply_to_status_id": "1852224883568624743",
      "in_reply_to_user_id": "441271696774161865",
      "in_reply_to_user_id_str": "441271696774161865",
      "in_reply_to_screen_name": "EpicGames"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851399719576458392"
          ],
          "editableUntil": "2024-10-30T00:04:25.147Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "3",
      "id_str": "1851399719576458392",
      "truncated": false,
      "retweet_count": "0",
      "id": "1851399719576458392",
      "created_at": "Tue Oct 29 23:04:25 +0000 2024",
      "favorited": false,
      "full_text": "did the whole late shift baked and honestly counted the float faster than ever. science",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1847100736529369938"
          ],
          "editableUntil": "2024-10-18T03:21:47.717Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "43"
      ],
      "favorite_count": "8",
      "id_str": "1847100736529369938",
      "truncated": false,
      "retweet_count": "0",
      "id": "1847100736529369938",
      "created_at": "Fri Oct 18 02:21:47 +0000 2024",
      "favorited": false,
      "full_text": "sh!t ping, sh!t teammates, sh!t life. night",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1842301567737155086"
          ],
          "editableUntil": "2024-10-04T21:31:36.713Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "5",
      "id_str": "1842301567737155086",
      "truncated": false,
      "retweet_count": "1",
      "id": "1842301567737155086",
      "created_at": "Fri Oct 04 20:31:36 +0000 2024",
      "favorited": false,
      "full_text": "new headset came and i can finally hear footsteps. game changer",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835075985699523929"
          ],
          "editableUntil": "2024-09-14T22:59:43.710Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "158"
      ],
      "favorite_count": "0",
      "id_str": "1835075985699523929",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835075985699523929",
      "created_at": "Sat Sep 14 21:59:43 +0000 2024",
      "favorited": false,
      "full_text": "regulars in our shop are genuinely the thickest people alive. one asked if he could cash out a scratchcard. another asked me to 'put a tenner on the fortnite'",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1829565386450741042"
          ],
          "editableUntil": "2024-08-30T18:02:34.467Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "104"
      ],
      "favorite_count": "0",
      "id_str": "1829565386450741042",
      "truncated": false,
      "retweet_count": "0",
      "id": "1829565386450741042",
      "created_at": "Fri Aug 30 17:02:34 +0000 2024",
      "favorited": false,
      "full_text": "dog in trap 6 tonight was literally called Snorting Sid. whoever names these greyhounds deserves a raise",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826073519769861992"
          ],
          "editableUntil": "2024-08-21T02:47:08.575Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "14",
      "id_str": "1826073519769861992",
      "truncated": false,
      "retweet_count": "2",
      "id": "1826073519769861992",
      "created_at": "Wed Aug 21 01:47:08 +0000 2024",
      "favorited": false,
      "full_text": "someone keyed my mate's car so we did all 4 of his tyres last night. fair is fair",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1824079917446324998"
          ],
          "editableUntil": "2024-08-15T14:45:16.742Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Lexxi 💋",
            "screen_name": "lexxi_vip",
            "indices": [
              "3",
              "13"
            ],
            "id_str": "989588336431783012",
            "id": "989588336431783012"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "99"
      ],
      "favorite_count": "0",
      "id_str": "1824079917446324998",
      "truncated": false,
      "retweet_count": "430",
      "id": "1824079917446324998",
      "created_at": "Thu Aug 15 13:45:16 +0000 2024",
      "favorited": false,
      "full_text": "RT @lexxi_vip: new content tonight 🔞 link in bio boys, first 50 subs get a little something extra 😈",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1815380852189998452"
          ],
          "editableUntil": "2024-07-22T14:38:17.964Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "116"
      ],
      "favorite_count": "2",
      "id_str": "1815380852189998452",
      "truncated": false,
      "retweet_count": "0",
      "id": "1815380852189998452",
      "created_at": "Mon Jul 22 13:38:17 +0000 2024",
      "favorited": false,
      "full_text": "if you're trying to ring our branch the line's down, use the customer line 0113 496 0412 and they'll put you through",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1813201934453323019"
          ],
          "editableUntil": "2024-07-16T14:20:03.493Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Bradders",
            "screen_name": "duoBradders",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "430813221811058649",
            "id": "430813221811058649"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "82"
      ],
      "favorite_count": "5",
      "id_str": "1813201934453323019",
      "truncated": false,
      "retweet_count": "0",
      "id": "1813201934453323019",
      "created_at": "Tue Jul 16 13:20:03 +0000 2024",
      "favorited": false,
      "full_text": "@duoBradders bro you dropped tilted with 4 hp and no shield you absolute b*llend 😭",
      "lang": "en",
      "in_reply_to_status_id_str": "1812852394726553513",
      "in_reply_to_status_id": "1812852394726553513",
      "in_reply_to_user_id": "430813221811058649",
      "in_reply_to_user_id_str": "430813221811058649",
      "in_reply_to_screen_name": "duoBradders"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1807823010481135409"
          ],
          "editableUntil": "2024-07-01T18:06:08.083Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "31",
      "id_str": "1807823010481135409",
      "truncated": false,
      "retweet_count": "2",
      "id": "1807823010481135409",
      "created_at": "Mon Jul 01 17:06:08 +0000 2024",
      "favorited": false,
      "full_text": "bought a machete off a lad on snap for 30 quid, no id no nothing 😂 'for the garden'",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1806628008316005310"
          ],
          "editableUntil": "2024-06-28T10:57:37.364Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "130"
      ],
      "favorite_count": "1",
      "id_str": "1806628008316005310",
      "truncated": false,
      "retweet_count": "0",
      "id": "1806628008316005310",
      "created_at": "Fri Jun 28 09:57:37 +0000 2024",
      "favorited": false,
      "full_text": "saw next year's staffing plan on the manager's desk. 1 cashier on weekday mornings, half of us gone by january. nobody's been told",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1803579295257280948"
          ],
          "editableUntil": "2024-06-20T01:03:07.529Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "1",
      "id_str": "1803579295257280948",
      "truncated": false,
      "retweet_count": "2",
      "id": "1803579295257280948",
      "created_at": "Thu Jun 20 00:03:07 +0000 2024",
      "favorited": false,
      "full_text": "Kane, 89th minute, top bins. grown men crying in our shop. football man",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1803573624560943435"
          ],
          "editableUntil": "2024-06-20T00:40:35.529Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "14",
      "id_str": "1803573624560943435",
      "truncated": false,
      "retweet_count": "0",
      "id": "1803573624560943435",
      "created_at": "Wed Jun 19 23:40:35 +0000 2024",
      "favorited": false,
      "full_text": "who's sorting ❄️ for saturday, my guy's gone quiet on snap",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1797796574480684658"
          ],
          "editableUntil": "2024-06-04T02:04:39.458Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "3",
      "id_str": "1797796574480684658",
      "truncated": false,
      "retweet_count": "1",
      "id": "1797796574480684658",
      "created_at": "Tue Jun 04 01:04:39 +0000 2024",
      "favorited": false,
      "full_text": "pot black off two cushions in the snooker on the shop telly, whole place went mad",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1782758404640897750"
          ],
          "editableUntil": "2024-04-23T14:08:20.372Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Fortnite",
            "screen_name": "FortniteGame",
            "indices": [
              "25",
              "38"
            ],
            "id_str": "920822108146473705",
            "id": "920822108146473705"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "43"
      ],
      "favorite_count": "3",
      "id_str": "1782758404640897750",
      "truncated": false,
      "retweet_count": "0",
      "id": "1782758404640897750",
      "created_at": "Tue Apr 23 13:08:20 +0000 2024",
      "favorited": false,
      "full_text": "wtf is this storm circle @FortniteGame stfu",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1776772909199929177"
          ],
          "editableUntil": "2024-04-07T01:44:07.054Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "3",
      "id_str": "1776772909199929177",
      "truncated": false,
      "retweet_count": "0",
      "id": "1776772909199929177",
      "created_at": "Sun Apr 07 00:44:07 +0000 2024",
      "favorited": false,
      "full_text": "ffs third time the servers have gone down tonight &amp; i was on a 9 kill game",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1775315685187724494"
          ],
          "editableUntil": "2024-04-03T01:13:37.776Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "117"
      ],
      "favorite_count": "0",
      "id_str": "1775315685187724494",
      "truncated": false,
      "retweet_count": "0",
      "id": "1775315685187724494",
      "created_at": "Wed Apr 03 00:13:37 +0000 2024",
      "favorited": false,
      "full_text": "tracking number for my hoodie is JD0014660077883321 and it's said 'in transit' for 9 days. where is it going, narnia?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1774550046729243047"
          ],
          "editableUntil": "2024-03-31T22:31:15.342Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "14",
      "id_str": "1774550046729243047",
      "truncated": false,
      "retweet_count": "0",
      "id": "1774550046729243047",
      "created_at": "Sun Mar 31 21:31:15 +0000 2024",
      "favorited": false,
      "full_text": "drove back from spoons after 5 pints, roads were dead anyway 🤷‍♂️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1774211176306532855"
          ],
          "editableUntil": "2024-03-31T00:04:42.338Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Fortnite Status",
            "screen_name": "FortniteStatus",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "393233927873816302",
            "id": "393233927873816302"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "135"
      ],
      "favorite_count": "0",
      "id_str": "1774211176306532855",
      "truncated": false,
      "retweet_count": "648",
      "id": "1774211176306532855",
      "created_at": "Sat Mar 30 23:04:42 +0000 2024",
      "favorited": false,
      "full_text": "RT @FortniteStatus: We're aware of login issues affecting some players and are investigating. We'll update here when we have more info.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1770170301066157810"
          ],
          "editableUntil": "2024-03-19T20:27:42.604Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "116"
      ],
      "favorite_count": "1",
      "id_str": "1770170301066157810",
      "truncated": false,
      "retweet_count": "0",
      "id": "1770170301066157810",
      "created_at": "Tue Mar 19 19:27:42 +0000 2024",
      "favorited": false,
      "full_text": "love how head office sends a 'wellbeing survey' the same week they cut the 2nd cashier on saturdays. we value you xx",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1755883585756897348"
          ],
          "editableUntil": "2024-02-09T10:17:24.240Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "0",
      "id_str": "1755883585756897348",
      "truncated": false,
      "retweet_count": "2",
      "id": "1755883585756897348",
      "created_at": "Fri Feb 09 09:17:24 +0000 2024",
      "favorited": false,
      "full_text": "area manager came in for his 'visit' and sat on his phone in the back for 40 mins. inspirational leadership as always 👏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1751048199319189304"
          ],
          "editableUntil": "2024-01-27T02:03:18.277Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "126"
      ],
      "favorite_count": "1",
      "id_str": "1751048199319189304",
      "truncated": false,
      "retweet_count": "1",
      "id": "1751048199319189304",
      "created_at": "Sat Jan 27 01:03:18 +0000 2024",
      "favorited": false,
      "full_text": "little bro's home alone at ours on Kingsley Road till 6 cos mum's on nights, he's on my account so don't rage at him in squads",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1748436020721478241"
          ],
          "editableUntil": "2024-01-19T21:03:26.367Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "30"
      ],
      "favorite_count": "0",
      "id_str": "1748436020721478241",
      "truncated": false,
      "retweet_count": "0",
      "id": "1748436020721478241",
      "created_at": "Fri Jan 19 20:03:26 +0000 2024",
      "favorited": false,
      "full_text": "battle pass bought, no regrets",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1746624633951877524"
          ],
          "editableUntil": "2024-01-14T21:05:38.107Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "jay",
            "screen_name": "jaybo_",
            "indices": [
              "0",
              "7"
            ],
            "id_str": "468675312471684359",
            "id": "468675312471684359"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "8",
        "30"
      ],
      "favorite_count": "1",
      "id_str": "1746624633951877524",
      "truncated": false,
      "retweet_count": "0",
      "id": "1746624633951877524",
      "created_at": "Sun Jan 14 20:05:38 +0000 2024",
      "favorited": false,
      "full_text": "@jaybo_ yeah duos at 8, i'm on",
      "lang": "en",
      "in_reply_to_status_id_str": "1746425916980074880",
      "in_reply_to_status_id": "1746425916980074880",
      "in_reply_to_user_id": "468675312471684359",
      "in_reply_to_user_id_str": "468675312471684359",
      "in_reply_to_screen_name": "jaybo_"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1745962342570289301"
          ],
          "editableUntil": "2024-01-13T01:13:55.537Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "3",
      "id_str": "1745962342570289301",
      "truncated": false,
      "retweet_count": "0",
      "id": "1745962342570289301",
      "created_at": "Sat Jan 13 00:13:55 +0000 2024",
      "favorited": false,
      "full_text": "boarding pass for ibiza in hand ✈️ booking ref QX7T2M seat 23C, LETS GOOO",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1743995302209564649"
          ],
          "editableUntil": "2024-01-07T14:57:36.569Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "0",
      "id_str": "1743995302209564649",
      "truncated": false,
      "retweet_count": "0",
      "id": "1743995302209564649",
      "created_at": "Sun Jan 07 13:57:36 +0000 2024",
      "favorited": false,
      "full_text": "got id'd buying a lottery ticket. i'm 23. i work in a BOOKIES",
      "lang": "en"
    }
  }
]