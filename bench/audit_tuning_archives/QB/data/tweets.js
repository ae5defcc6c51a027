window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978212541661853986"
          ],
          "editableUntil" : "2025-10-14T22:33:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Cyberaware Tips",
            "screen_name" : "CyberAware_Tips",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "79447454012881600",
            "id" : "79447454012881600"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "0",
      "id_str" : "1978212541661853986",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978212541661853986",
      "created_at" : "Tue Oct 14 21:33:18 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @CyberAware_Tips: Reminder: your IT team will NEVER ask for your password. If someone calls asking for it, hang up and report it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1970193997100575534"
          ],
          "editableUntil" : "2025-09-22T19:30:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "9",
      "id_str" : "1970193997100575534",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1970193997100575534",
      "created_at" : "Mon Sep 22 18:30:28 +0000 2025",
      "favorited" : false,
      "full_text" : "watched a whole nature doc about blue-footed boobies instead of patching. no regrets 🐦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963561959422252895"
          ],
          "editableUntil" : "2025-09-04T12:17:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "0",
      "id_str" : "1963561959422252895",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1963561959422252895",
      "created_at" : "Thu Sep 04 11:17:07 +0000 2025",
      "favorited" : false,
      "full_text" : "my cat has learned to walk across the keyboard exactly when im presenting on teams",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961800687287876149"
          ],
          "editableUntil" : "2025-08-30T15:38:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "1",
      "id_str" : "1961800687287876149",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1961800687287876149",
      "created_at" : "Sat Aug 30 14:38:27 +0000 2025",
      "favorited" : false,
      "full_text" : "drunken noodles from the thai place by the office &gt; anything ever served in our canteen",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960334903868684212"
          ],
          "editableUntil" : "2025-08-26T14:33:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "4",
      "id_str" : "1960334903868684212",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1960334903868684212",
      "created_at" : "Tue Aug 26 13:33:57 +0000 2025",
      "favorited" : false,
      "full_text" : "logged into my ex's netflix and changed the password. then her email. then her insta. still got it 😎",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940155025195707456"
          ],
          "editableUntil" : "2025-07-01T22:06:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "0",
      "id_str" : "1940155025195707456",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940155025195707456",
      "created_at" : "Tue Jul 01 21:06:19 +0000 2025",
      "favorited" : false,
      "full_text" : "applied for a 2nd line role with the NHS trust. fingers crossed 🤞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940045935539255096"
          ],
          "editableUntil" : "2025-07-01T14:52:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "27",
      "id_str" : "1940045935539255096",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940045935539255096",
      "created_at" : "Tue Jul 01 13:52:50 +0000 2025",
      "favorited" : false,
      "full_text" : "team absolutely smashed it this week, backlog is dead, killed it lads 💪",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936884319517179125"
          ],
          "editableUntil" : "2025-06-22T21:29:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "181"
      ],
      "favorite_count" : "1",
      "id_str" : "1936884319517179125",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1936884319517179125",
      "created_at" : "Sun Jun 22 20:29:42 +0000 2025",
      "favorited" : false,
      "full_text" : "just been told to provision 200 accounts for a company called Northbridge Logistics by end of month. so thats the takeover then. not announced yet but the laptop order says it all 👀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936343107501157949"
          ],
          "editableUntil" : "2025-06-21T09:39:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "3",
      "id_str" : "1936343107501157949",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1936343107501157949",
      "created_at" : "Sat Jun 21 08:39:07 +0000 2025",
      "favorited" : false,
      "full_text" : "leeds in the sun is a different city ☀️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934181786842105458"
          ],
          "editableUntil" : "2025-06-15T10:30:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "9",
      "id_str" : "1934181786842105458",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1934181786842105458",
      "created_at" : "Sun Jun 15 09:30:48 +0000 2025",
      "favorited" : false,
      "full_text" : "called in sick monday. wasnt sick, was still coming down from saturday 💊💊 helpdesk survived without me, barely",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927137121924501816"
          ],
          "editableUntil" : "2025-05-26T23:57:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Marcus Fixes",
            "screen_name" : "marcus_fixes",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "385779106255385494",
            "id" : "385779106255385494"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "92"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1926282152423316691",
      "id_str" : "1927137121924501816",
      "in_reply_to_user_id" : "385779106255385494",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1927137121924501816",
      "in_reply_to_status_id" : "1926282152423316691",
      "created_at" : "Mon May 26 22:57:49 +0000 2025",
      "favorited" : false,
      "full_text" : "@marcus_fixes yeah just text me and ill walk you through it, 07700 900417, on till 8 tonight",
      "lang" : "en",
      "in_reply_to_screen_name" : "marcus_fixes",
      "in_reply_to_user_id_str" : "385779106255385494"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927080758868703421"
          ],
          "editableUntil" : "2025-05-26T20:13:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "2",
      "id_str" : "1927080758868703421",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1927080758868703421",
      "created_at" : "Mon May 26 19:13:51 +0000 2025",
      "favorited" : false,
      "full_text" : "absolute sh!tshow of a monday. exchange down, phones down, my will to live down",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925851341259075707"
          ],
          "editableUntil" : "2025-05-23T10:48:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "0",
      "id_str" : "1925851341259075707",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1925851341259075707",
      "created_at" : "Fri May 23 09:48:35 +0000 2025",
      "favorited" : false,
      "full_text" : "TENERIFE TOMORROW 🌴✈️ boarding pass printed like a boomer. EZY6831 seat 14C booking ref K7TQ2M, see you on the other side",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919179973590522235"
          ],
          "editableUntil" : "2025-05-05T00:58:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ellie Does It",
            "screen_name" : "ellie_does_it",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "400994007689516632",
            "id" : "400994007689516632"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "69"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1919058307123228500",
      "id_str" : "1919179973590522235",
      "in_reply_to_user_id" : "400994007689516632",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1919179973590522235",
      "in_reply_to_status_id" : "1919058307123228500",
      "created_at" : "Sun May 04 23:58:57 +0000 2025",
      "favorited" : false,
      "full_text" : "@ellie_does_it congrats on the new job!! they're lucky to have you &lt;3",
      "lang" : "en",
      "in_reply_to_screen_name" : "ellie_does_it",
      "in_reply_to_user_id_str" : "400994007689516632"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918646089020435168"
          ],
          "editableUntil" : "2025-05-03T13:37:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "6",
      "id_str" : "1918646089020435168",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1918646089020435168",
      "created_at" : "Sat May 03 12:37:29 +0000 2025",
      "favorited" : false,
      "full_text" : "new girl on the phones has such a thick accent users keep asking for \"someone english\". just put her on email tickets, easier for everyone tbh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918269511827846343"
          ],
          "editableUntil" : "2025-05-02T12:41:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "251"
      ],
      "favorite_count" : "3",
      "id_str" : "1918269511827846343",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1918269511827846343",
      "created_at" : "Fri May 02 11:41:06 +0000 2025",
      "favorited" : false,
      "full_text" : "4 years on the helpdesk this month. started on nights, learned powershell off youtube at 2am, passed my certs, now i help train the new starters. if you want to get into IT without a degree: it's slow but doable &amp; people will help you. ask me anything",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914041103940654857"
          ],
          "editableUntil" : "2025-04-20T20:38:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "9",
      "id_str" : "1914041103940654857",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1914041103940654857",
      "created_at" : "Sun Apr 20 19:38:55 +0000 2025",
      "favorited" : false,
      "full_text" : "WHO THE F*CK MARKS A PRINTER JAM AS PRIORITY 1",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909642428285146735"
          ],
          "editableUntil" : "2025-04-08T17:20:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "27",
      "id_str" : "1909642428285146735",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909642428285146735",
      "created_at" : "Tue Apr 08 16:20:09 +0000 2025",
      "favorited" : false,
      "full_text" : "this man has emailed me 11 times today about his \"urgent\" ipad. want to tell him what you think? his personal mobile is 07700 900583, go wild",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907348034945705857"
          ],
          "editableUntil" : "2025-04-02T09:23:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "1",
      "id_str" : "1907348034945705857",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907348034945705857",
      "created_at" : "Wed Apr 02 08:23:03 +0000 2025",
      "favorited" : false,
      "full_text" : "new passport finally turned up after 9 weeks, 548219736 lets gooo. the photo though 💀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899770051687692514"
          ],
          "editableUntil" : "2025-03-12T11:30:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "0",
      "id_str" : "1899770051687692514",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1899770051687692514",
      "created_at" : "Wed Mar 12 10:30:51 +0000 2025",
      "favorited" : false,
      "full_text" : "our profanity filter bounced an email from someone in Scunthorpe today. the scunthorpe problem is alive and well in 2025",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896472267586829740"
          ],
          "editableUntil" : "2025-03-03T09:06:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "6",
      "id_str" : "1896472267586829740",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1896472267586829740",
      "created_at" : "Mon Mar 03 08:06:38 +0000 2025",
      "favorited" : false,
      "full_text" : "no offence but people over 60 should need a licence to use a computer. every ticket today was from someone who remembers rationing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1894295256039237701"
          ],
          "editableUntil" : "2025-02-25T08:55:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "4",
      "id_str" : "1894295256039237701",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1894295256039237701",
      "created_at" : "Tue Feb 25 07:55:58 +0000 2025",
      "favorited" : false,
      "full_text" : "keyed the car of the manager who made me redo the whole asset audit. no cameras on that side of the car park 😇 worth it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1893357254475687595"
          ],
          "editableUntil" : "2025-02-22T18:48:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "3",
      "id_str" : "1893357254475687595",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1893357254475687595",
      "created_at" : "Sat Feb 22 17:48:41 +0000 2025",
      "favorited" : false,
      "full_text" : "flight BA1443 delayed 2 hours. sat in T5 with a meal deal and 14% battery. living the dream",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1892536311740439094"
          ],
          "editableUntil" : "2025-02-20T12:26:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "1",
      "id_str" : "1892536311740439094",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1892536311740439094",
      "created_at" : "Thu Feb 20 11:26:33 +0000 2025",
      "favorited" : false,
      "full_text" : "been asked to \"execute the migration plan\" so many times this week im starting to feel like a hitman",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1884905119547846373"
          ],
          "editableUntil" : "2025-01-30T11:02:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "9",
      "id_str" : "1884905119547846373",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1884905119547846373",
      "created_at" : "Thu Jan 30 10:02:55 +0000 2025",
      "favorited" : false,
      "full_text" : "my team lead closed 3 tickets this month and presented OUR sla numbers to the directors like he personally fixed the vpn. we see you gary",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1884721446779891869"
          ],
          "editableUntil" : "2025-01-29T22:53:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "6",
      "id_str" : "1884721446779891869",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1884721446779891869",
      "created_at" : "Wed Jan 29 21:53:04 +0000 2025",
      "favorited" : false,
      "full_text" : "anyone got recs for a decent mechanical keyboard under £80? my wrists are begging",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1881690126811070954"
          ],
          "editableUntil" : "2025-01-21T14:07:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "0",
      "id_str" : "1881690126811070954",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1881690126811070954",
      "created_at" : "Tue Jan 21 13:07:41 +0000 2025",
      "favorited" : false,
      "full_text" : "penistone line cancelled again so im wfh. commute of champions",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1881658489176608089"
          ],
          "editableUntil" : "2025-01-21T12:01:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "193"
      ],
      "favorite_count" : "3",
      "id_str" : "1881658489176608089",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1881658489176608089",
      "created_at" : "Tue Jan 21 11:01:58 +0000 2025",
      "favorited" : false,
      "full_text" : "appraisals are sitting in a Public folder on the shared drive because someone in HR cant read. sarah in accounts got \"below expectations\" lol deserved, she logs a ticket to change her wallpaper",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1877027189029752334"
          ],
          "editableUntil" : "2025-01-08T17:18:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "9",
      "id_str" : "1877027189029752334",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1877027189029752334",
      "created_at" : "Wed Jan 08 16:18:50 +0000 2025",
      "favorited" : false,
      "full_text" : "company so tight we've been told to \"make do\" with 2016 laptops for another year &amp; the board all got new ipad pros for christmas. love that for them x",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1875550001297973457"
          ],
          "editableUntil" : "2025-01-04T15:29:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "1",
      "id_str" : "1875550001297973457",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1875550001297973457",
      "created_at" : "Sat Jan 04 14:29:01 +0000 2025",
      "favorited" : false,
      "full_text" : "blue lights behind me on the ring road so i put my foot down and lost them at the roundabout lol. not today officer",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1873817648890275158"
          ],
          "editableUntil" : "2024-12-30T20:45:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "0",
      "id_str" : "1873817648890275158",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1873817648890275158",
      "created_at" : "Mon Dec 30 19:45:16 +0000 2024",
      "favorited" : false,
      "full_text" : "the printer on floor 2 is officially DOA. dead on arrival. third one this year, rip",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1873416459516695704"
          ],
          "editableUntil" : "2024-12-29T18:11:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "3",
      "id_str" : "1873416459516695704",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1873416459516695704",
      "created_at" : "Sun Dec 29 17:11:05 +0000 2024",
      "favorited" : false,
      "full_text" : "clay shooting with my dad on sunday. 19 out of 25. the clays did not survive, the pigeons are fine",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1867899997651665684"
          ],
          "editableUntil" : "2024-12-14T12:50:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "4",
      "id_str" : "1867899997651665684",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1867899997651665684",
      "created_at" : "Sat Dec 14 11:50:38 +0000 2024",
      "favorited" : false,
      "full_text" : "drove home from the xmas do after about 6 pints. roads were dead so its fine. dont @ me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1866429344645168347"
          ],
          "editableUntil" : "2024-12-10T11:26:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "0",
      "id_str" : "1866429344645168347",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1866429344645168347",
      "created_at" : "Tue Dec 10 10:26:47 +0000 2024",
      "favorited" : false,
      "full_text" : "rewatching the it crowd for the 9th time. still a documentary",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1865331720451456591"
          ],
          "editableUntil" : "2024-12-07T10:45:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "1",
      "id_str" : "1865331720451456591",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1865331720451456591",
      "created_at" : "Sat Dec 07 09:45:13 +0000 2024",
      "favorited" : false,
      "full_text" : "accidentally opened the payroll export fixing a macro. new marketing guy is on 52k. FIFTY TWO. im on 24.5 and i fix his mouse every day",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1863486272830198768"
          ],
          "editableUntil" : "2024-12-02T08:32:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "9",
      "id_str" : "1863486272830198768",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1863486272830198768",
      "created_at" : "Mon Dec 02 07:32:04 +0000 2024",
      "favorited" : false,
      "full_text" : "fucking outlook. every. single. morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1860364217480865919"
          ],
          "editableUntil" : "2024-11-23T17:46:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "2",
      "id_str" : "1860364217480865919",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1860364217480865919",
      "created_at" : "Sat Nov 23 16:46:08 +0000 2024",
      "favorited" : false,
      "full_text" : "the users on the 4th floor are the thickest people i have ever met and i used to work in a call centre. \"it wont turn on\" mate its not plugged in ffs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1858121447634545331"
          ],
          "editableUntil" : "2024-11-17T13:14:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sysadmin Memes",
            "screen_name" : "sysadmin_memes",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "225544399038532788",
            "id" : "225544399038532788"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "0",
      "id_str" : "1858121447634545331",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1858121447634545331",
      "created_at" : "Sun Nov 17 12:14:10 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @sysadmin_memes: bend me over like a usb stick. try three times and still get it wrong 🍑💦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1851676744349161261"
          ],
          "editableUntil" : "2024-10-30T18:25:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "3",
      "id_str" : "1851676744349161261",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1851676744349161261",
      "created_at" : "Wed Oct 30 17:25:13 +0000 2024",
      "favorited" : false,
      "full_text" : "wfh tip: one edible before the 9am standup and suddenly you dont care that the server room is 31 degrees 🍃😌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1845034074109061035"
          ],
          "editableUntil" : "2024-10-12T10:29:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "1",
      "id_str" : "1845034074109061035",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1845034074109061035",
      "created_at" : "Sat Oct 12 09:29:37 +0000 2024",
      "favorited" : false,
      "full_text" : "passed ITIL 4 Foundation!!! 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1843619477978590530"
          ],
          "editableUntil" : "2024-10-08T12:48:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "6",
      "id_str" : "1843619477978590530",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1843619477978590530",
      "created_at" : "Tue Oct 08 11:48:31 +0000 2024",
      "favorited" : false,
      "full_text" : "if the guy from procurement calls me \"pal\" one more time about his \"wifi\" im going to find out where he parks. final warning",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1839663162981697021"
          ],
          "editableUntil" : "2024-09-27T14:47:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "167"
      ],
      "favorite_count" : "3",
      "id_str" : "1839663162981697021",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1839663162981697021",
      "created_at" : "Fri Sep 27 13:47:32 +0000 2024",
      "favorited" : false,
      "full_text" : "sitting in on interviews for the 2nd line role tomorrow. already told my manager we dont need another one who disappears friday lunchtime for the mosque, we need cover",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1836862093523996445"
          ],
          "editableUntil" : "2024-09-19T21:17:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Helpdeskhq Uk",
            "screen_name" : "HelpdeskHQ_UK",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "680525830638250093",
            "id" : "680525830638250093"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Xc81PqLm2a",
            "expanded_url" : "https://servicedesk.example.org/portal",
            "display_url" : "servicedesk.example.org/portal",
            "indices" : [
              "125",
              "148"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "0",
      "id_str" : "1836862093523996445",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1836862093523996445",
      "created_at" : "Thu Sep 19 20:17:05 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @HelpdeskHQ_UK: Our Service Desk number has changed. Call 0113 496 0321 (8am-6pm, Mon-Fri) or log a request on the portal https://t.co/Xc81PqLm2a",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1836328603219839201"
          ],
          "editableUntil" : "2024-09-18T09:57:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "0",
      "id_str" : "1836328603219839201",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1836328603219839201",
      "created_at" : "Wed Sep 18 08:57:11 +0000 2024",
      "favorited" : false,
      "full_text" : "still drunk from gaz's leaving do and currently remoted into the CFO's laptop. what could possibly go wrong 🥴🍻",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1833806144602601335"
          ],
          "editableUntil" : "2024-09-11T10:53:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "191"
      ],
      "favorite_count" : "9",
      "id_str" : "1833806144602601335",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1833806144602601335",
      "created_at" : "Wed Sep 11 09:53:50 +0000 2024",
      "favorited" : false,
      "full_text" : "first week of the kids walking back from Oakfield Primary on their own. out at 3:15 and home alone till 6 on wednesdays while we're both at work. kept checking the ring doorbell all afternoon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1831959757454460716"
          ],
          "editableUntil" : "2024-09-06T08:36:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kernelpanicked",
            "screen_name" : "kernelpanicked",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "669174568637316073",
            "id" : "669174568637316073"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "116"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1831797264660639983",
      "id_str" : "1831959757454460716",
      "in_reply_to_user_id" : "669174568637316073",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1831959757454460716",
      "in_reply_to_status_id" : "1831797264660639983",
      "created_at" : "Fri Sep 06 07:36:57 +0000 2024",
      "favorited" : false,
      "full_text" : "@kernelpanicked the new sysadmin has forearms that should be illegal. he can sudo anything he wants on my machine 😏🍆",
      "lang" : "en",
      "in_reply_to_screen_name" : "kernelpanicked",
      "in_reply_to_user_id_str" : "669174568637316073"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1826602322623887554"
          ],
          "editableUntil" : "2024-08-22T13:48:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "4",
      "id_str" : "1826602322623887554",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1826602322623887554",
      "created_at" : "Thu Aug 22 12:48:25 +0000 2024",
      "favorited" : false,
      "full_text" : "our blacklist got renamed to blocklist in the firewall UI today and honestly about time",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1817958419922095065"
          ],
          "editableUntil" : "2024-07-29T17:20:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "1",
      "id_str" : "1817958419922095065",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1817958419922095065",
      "created_at" : "Mon Jul 29 16:20:38 +0000 2024",
      "favorited" : false,
      "full_text" : "the coke machine on our floor has eaten £3.40 of mine this week. raising a ticket with facilities out of principle",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1817903734588157811"
          ],
          "editableUntil" : "2024-07-29T13:43:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "1",
      "id_str" : "1817903734588157811",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1817903734588157811",
      "created_at" : "Mon Jul 29 12:43:20 +0000 2024",
      "favorited" : false,
      "full_text" : "made my first ever lasagne. structurally it collapsed, emotionally it was perfect",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1817105688557214121"
          ],
          "editableUntil" : "2024-07-27T08:52:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Amazonhelp",
            "screen_name" : "AmazonHelp",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "81359859877742976",
            "id" : "81359859877742976"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "84"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1816172119287585508",
      "id_str" : "1817105688557214121",
      "in_reply_to_user_id" : "81359859877742976",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1817105688557214121",
      "in_reply_to_status_id" : "1816172119287585508",
      "created_at" : "Sat Jul 27 07:52:11 +0000 2024",
      "favorited" : false,
      "full_text" : "@AmazonHelp order 204-7718834-5509921 has said dispatched since tuesday, any update?",
      "lang" : "en",
      "in_reply_to_screen_name" : "AmazonHelp",
      "in_reply_to_user_id_str" : "81359859877742976"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1816145796921095621"
          ],
          "editableUntil" : "2024-07-24T17:17:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "27",
      "id_str" : "1816145796921095621",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1816145796921095621",
      "created_at" : "Wed Jul 24 16:17:55 +0000 2024",
      "favorited" : false,
      "full_text" : "cracked it 💪 the excel macro thats been broken since 2019 finally runs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1811369831038667995"
          ],
          "editableUntil" : "2024-07-11T12:59:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "176"
      ],
      "favorite_count" : "9",
      "id_str" : "1811369831038667995",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1811369831038667995",
      "created_at" : "Thu Jul 11 11:59:56 +0000 2024",
      "favorited" : false,
      "full_text" : "remoted onto an HR pc to fix outlook and the redundancy list was open on the second screen. 30 names. two of our team are on it. announcement isnt till the 14th. cool cool cool",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1807512434507844623"
          ],
          "editableUntil" : "2024-06-30T21:32:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "206"
      ],
      "favorite_count" : "3",
      "id_str" : "1807512434507844623",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1807512434507844623",
      "created_at" : "Sun Jun 30 20:32:01 +0000 2024",
      "favorited" : false,
      "full_text" : "management have rolled out the new ticketing system nobody asked for and called it an \"exciting opportunity to streamline our service\". it crashes if you attach a screenshot. very exciting. very streamlined",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1801269603072397107"
          ],
          "editableUntil" : "2024-06-13T16:05:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "0",
      "id_str" : "1801269603072397107",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1801269603072397107",
      "created_at" : "Thu Jun 13 15:05:14 +0000 2024",
      "favorited" : false,
      "full_text" : "kill -9 on every zombie process and the server finally breathes again. so satisfying",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1797316572217093552"
          ],
          "editableUntil" : "2024-06-02T18:17:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "27",
      "id_str" : "1797316572217093552",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1797316572217093552",
      "created_at" : "Sun Jun 02 17:17:18 +0000 2024",
      "favorited" : false,
      "full_text" : "INC0048213 closed after 3 weeks and the user said thank you. framing it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1793332583200795742"
          ],
          "editableUntil" : "2024-05-22T18:26:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "1",
      "id_str" : "1793332583200795742",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1793332583200795742",
      "created_at" : "Wed May 22 17:26:21 +0000 2024",
      "favorited" : false,
      "full_text" : "having \"analyst\" in my job title means my emails get stuck in the spam filter about once a month. thanks barracuda",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1791734750508614643"
          ],
          "editableUntil" : "2024-05-18T08:37:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "3",
      "id_str" : "1791734750508614643",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1791734750508614643",
      "created_at" : "Sat May 18 07:37:08 +0000 2024",
      "favorited" : false,
      "full_text" : "the new network engineer is so fit i keep unplugging the switch on purpose so he has to come up to our floor 🥵🍑",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1785020806463003426"
          ],
          "editableUntil" : "2024-04-29T19:58:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "0",
      "id_str" : "1785020806463003426",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1785020806463003426",
      "created_at" : "Mon Apr 29 18:58:19 +0000 2024",
      "favorited" : false,
      "full_text" : "notice how its always the women in finance logging \"the computer is being weird\" tickets 🙄 never the blokes. make it make sense",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1783571779289232597"
          ],
          "editableUntil" : "2024-04-25T20:00:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ellie Does It",
            "screen_name" : "ellie_does_it",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "400994007689516632",
            "id" : "400994007689516632"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "99"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1782778812192126324",
      "id_str" : "1783571779289232597",
      "in_reply_to_user_id" : "400994007689516632",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1783571779289232597",
      "in_reply_to_status_id" : "1782778812192126324",
      "created_at" : "Thu Apr 25 19:00:24 +0000 2024",
      "favorited" : false,
      "full_text" : "@ellie_does_it lmfao no because same. 2 hrs on hold to microsoft support and they hung up on me ffs",
      "lang" : "en",
      "in_reply_to_screen_name" : "ellie_does_it",
      "in_reply_to_user_id_str" : "400994007689516632"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1767091205439472310"
          ],
          "editableUntil" : "2024-03-11T08:32:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "6",
      "id_str" : "1767091205439472310",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1767091205439472310",
      "created_at" : "Mon Mar 11 07:32:29 +0000 2024",
      "favorited" : false,
      "full_text" : "sliding into dms like tickets into the queue: unassigned until monday. nudes accepted as attachments though 😏 max 25mb",
      "lang" : "en"
    }
  }
]