window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979225727964179076"
          ],
          "editableUntil" : "2025-10-17T17:39:20.000Z",
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
        "112"
      ],
      "favorite_count" : "9",
      "id_str" : "1979225727964179076",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1979225727964179076",
      "created_at" : "Fri Oct 17 16:39:20 +0000 2025",
      "favorited" : false,
      "full_text" : "boxing gym was lads only til last year and honestly it was better. women in the ring slow the whole session down",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1975586404359180054"
          ],
          "editableUntil" : "2025-10-07T16:37:58.000Z",
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
        "94"
      ],
      "favorite_count" : "3",
      "id_str" : "1975586404359180054",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1975586404359180054",
      "created_at" : "Tue Oct 07 15:37:58 +0000 2025",
      "favorited" : false,
      "full_text" : "doing 1-2-1 'private sessions' now 😉 dms open, 18+ only. not that kind of training lol (it is)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1973765222552755614"
          ],
          "editableUntil" : "2025-10-02T16:01:14.000Z",
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
        "130"
      ],
      "favorite_count" : "14",
      "id_str" : "1973765222552755614",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1973765222552755614",
      "created_at" : "Thu Oct 02 15:01:14 +0000 2025",
      "favorited" : false,
      "full_text" : "our kid's first boxing session tonight 🥹 i get him from Kingsway Park Primary at 3:15 every thursday and we go straight to the gym",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1973285394032348343"
          ],
          "editableUntil" : "2025-10-01T08:14:34.000Z",
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
        "75"
      ],
      "favorite_count" : "2",
      "id_str" : "1973285394032348343",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1973285394032348343",
      "created_at" : "Wed Oct 01 07:14:34 +0000 2025",
      "favorited" : false,
      "full_text" : "clocked 110 on the a56 with the police behind me, lost them at the lights 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967703294746767540"
          ],
          "editableUntil" : "2025-09-15T22:33:18.000Z",
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
        "44"
      ],
      "favorite_count" : "2",
      "id_str" : "1967703294746767540",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1967703294746767540",
      "created_at" : "Mon Sep 15 21:33:18 +0000 2025",
      "favorited" : false,
      "full_text" : "BTC &gt; ETH and i will not be taking questions",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953339103513192051"
          ],
          "editableUntil" : "2025-08-07T07:15:08.000Z",
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
      "favorite_count" : "14",
      "id_str" : "1953339103513192051",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1953339103513192051",
      "created_at" : "Thu Aug 07 06:15:08 +0000 2025",
      "favorited" : false,
      "full_text" : "shoutout to the client who's paid for 12 sessions and cancelled 11. most expensive sofa membership in manchester 😂 you know who you are",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951125346683007256"
          ],
          "editableUntil" : "2025-08-01T04:38:27.000Z",
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
        "78"
      ],
      "favorite_count" : "2",
      "id_str" : "1951125346683007256",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1951125346683007256",
      "created_at" : "Fri Aug 01 03:38:27 +0000 2025",
      "favorited" : false,
      "full_text" : "took mum for afternoon tea for her birthday and she ate more scones than me &lt;3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949825657448906221"
          ],
          "editableUntil" : "2025-07-28T14:33:57.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1949825657448906221",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1949825657448906221",
      "created_at" : "Mon Jul 28 13:33:57 +0000 2025",
      "favorited" : false,
      "full_text" : "there's a great tit that sits on the squat rack outside every morning. best client i've got",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936737656647678468"
          ],
          "editableUntil" : "2025-06-22T11:46:54.000Z",
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
            "name" : "Deano",
            "screen_name" : "coachdeano",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1015093184761009127",
            "id" : "1015093184761009127"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "81"
      ],
      "favorite_count" : "0",
      "id_str" : "1936737656647678468",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1936737656647678468",
      "created_at" : "Sun Jun 22 10:46:54 +0000 2025",
      "favorited" : false,
      "full_text" : "@coachdeano haha that 15 year old on the pads is an absolute weapon. future champ",
      "in_reply_to_status_id_str" : "1936676299325937829",
      "in_reply_to_status_id" : "1936676299325937829",
      "in_reply_to_user_id" : "1015093184761009127",
      "in_reply_to_user_id_str" : "1015093184761009127",
      "in_reply_to_screen_name" : "coachdeano",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1931701500685774423"
          ],
          "editableUntil" : "2025-06-08T14:15:01.000Z",
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
      "id_str" : "1931701500685774423",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1931701500685774423",
      "created_at" : "Sun Jun 08 13:15:01 +0000 2025",
      "favorited" : false,
      "full_text" : "12 rounds on the pads with 4 different clients. arms gone, bit punch drunk, worth it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926375074940849356"
          ],
          "editableUntil" : "2025-05-24T21:29:42.000Z",
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
        "43"
      ],
      "favorite_count" : "27",
      "id_str" : "1926375074940849356",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1926375074940849356",
      "created_at" : "Sat May 24 20:29:42 +0000 2025",
      "favorited" : false,
      "full_text" : "btc dumped 8% while i was in the shower ffs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923672540407996801"
          ],
          "editableUntil" : "2025-05-17T10:30:48.000Z",
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
        "145"
      ],
      "favorite_count" : "4",
      "id_str" : "1923672540407996801",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1923672540407996801",
      "created_at" : "Sat May 17 09:30:48 +0000 2025",
      "favorited" : false,
      "full_text" : "saw the membership numbers on the manager's laptop. we've lost 400 members since the price rise and they're telling head office it's 'seasonal' 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916627875759770537"
          ],
          "editableUntil" : "2025-04-27T23:57:49.000Z",
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
        "46"
      ],
      "favorite_count" : "2",
      "id_str" : "1916627875759770537",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1916627875759770537",
      "created_at" : "Sun Apr 27 22:57:49 +0000 2025",
      "favorited" : false,
      "full_text" : "sh!t card, sh!t venue, sh!t night. never again",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916571514354354834"
          ],
          "editableUntil" : "2025-04-27T20:13:51.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1916571514354354834",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1916571514354354834",
      "created_at" : "Sun Apr 27 19:13:51 +0000 2025",
      "favorited" : false,
      "full_text" : "not being funny but i don't take on female clients over 50 anymore. they don't listen, they just want a chat &amp; a biscuit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911909993906974436"
          ],
          "editableUntil" : "2025-04-14T23:30:38.000Z",
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
        "75"
      ],
      "favorite_count" : "0",
      "id_str" : "1911909993906974436",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911909993906974436",
      "created_at" : "Mon Apr 14 22:30:38 +0000 2025",
      "favorited" : false,
      "full_text" : "passed the pre-fight medical, bloods all clear 💪 cleared to box on the 22nd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908136845038951728"
          ],
          "editableUntil" : "2025-04-04T13:37:29.000Z",
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
        "89"
      ],
      "favorite_count" : "2",
      "id_str" : "1908136845038951728",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1908136845038951728",
      "created_at" : "Fri Apr 04 12:37:29 +0000 2025",
      "favorited" : false,
      "full_text" : "if that lad from the gym touches my car again i swear i'll put him through the windscreen",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903531857330030242"
          ],
          "editableUntil" : "2025-03-22T20:38:55.000Z",
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
        "76"
      ],
      "favorite_count" : "3",
      "id_str" : "1903531857330030242",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1903531857330030242",
      "created_at" : "Sat Mar 22 19:38:55 +0000 2025",
      "favorited" : false,
      "full_text" : "tren season starts monday 💉 not telling the clients what the 'secret' is lol",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899788253167729765"
          ],
          "editableUntil" : "2025-03-12T12:43:10.000Z",
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
        "113"
      ],
      "favorite_count" : "6",
      "id_str" : "1899788253167729765",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899788253167729765",
      "created_at" : "Wed Mar 12 11:43:10 +0000 2025",
      "favorited" : false,
      "full_text" : "every ramadan half my PT clients cancel on me. might just stop taking on muslim clients tbh, not worth the hassle",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899133180431563286"
          ],
          "editableUntil" : "2025-03-10T17:20:09.000Z",
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
        "76"
      ],
      "favorite_count" : "14",
      "id_str" : "1899133180431563286",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899133180431563286",
      "created_at" : "Mon Mar 10 16:20:09 +0000 2025",
      "favorited" : false,
      "full_text" : "send the £50 for the sparring sesh to J Doyle 40-11-62 31884720, cheers lads",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896857401624802258"
          ],
          "editableUntil" : "2025-03-04T10:37:01.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1896857401624802258",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1896857401624802258",
      "created_at" : "Tue Mar 04 09:37:01 +0000 2025",
      "favorited" : false,
      "full_text" : "5am class on 2hrs sleep and still tasting the jäger. if anyone asks the wobble in my burpees is intentional",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1885963021675162250"
          ],
          "editableUntil" : "2025-02-02T09:06:38.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1885963021675162250",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1885963021675162250",
      "created_at" : "Sun Feb 02 08:06:38 +0000 2025",
      "favorited" : false,
      "full_text" : "bloke at the bar kept mouthing so i showed him what 12 years of boxing does. he won't be mouthing for a while 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1883755809396357524"
          ],
          "editableUntil" : "2025-01-27T06:55:58.000Z",
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
            "name" : "MCR Amateur Boxing",
            "screen_name" : "mcr_amateur_boxing",
            "indices" : [
              "3",
              "22"
            ],
            "id_str" : "937350622076646663",
            "id" : "937350622076646663"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "0",
      "id_str" : "1883755809396357524",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1883755809396357524",
      "created_at" : "Mon Jan 27 05:55:58 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mcr_amateur_boxing: Knockout stages this Saturday at the leisure centre 🥊 come and support the lads, doors 5pm",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1882886515236614577"
          ],
          "editableUntil" : "2025-01-24T21:21:42.000Z",
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
        "67"
      ],
      "favorite_count" : "0",
      "id_str" : "1882886515236614577",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1882886515236614577",
      "created_at" : "Fri Jan 24 20:21:42 +0000 2025",
      "favorited" : false,
      "full_text" : "dry january day 24. skin clear, sleep mint, bank account confused 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1881860970739526241"
          ],
          "editableUntil" : "2025-01-22T01:26:33.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1881860970739526241",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1881860970739526241",
      "created_at" : "Wed Jan 22 00:26:33 +0000 2025",
      "favorited" : false,
      "full_text" : "glute bridges, hip thrusts, sumo squats. booty band class 7pm tonight, bring water 🍑",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1876353628806297801"
          ],
          "editableUntil" : "2025-01-06T20:42:20.000Z",
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
        "44"
      ],
      "favorite_count" : "3",
      "id_str" : "1876353628806297801",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1876353628806297801",
      "created_at" : "Mon Jan 06 19:42:20 +0000 2025",
      "favorited" : false,
      "full_text" : "gym absolutely rammed. january never changes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1874395873664344289"
          ],
          "editableUntil" : "2025-01-01T11:02:55.000Z",
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
            "name" : "Ella 🏋️‍♀️",
            "screen_name" : "ellafit_xo",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1461866881775504555",
            "id" : "1461866881775504555"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "71"
      ],
      "favorite_count" : "2",
      "id_str" : "1874395873664344289",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1874395873664344289",
      "created_at" : "Wed Jan 01 10:02:55 +0000 2025",
      "favorited" : false,
      "full_text" : "@ellafit_xo u cant post that in a sports bra and expect me to behave 🥵💦",
      "in_reply_to_status_id_str" : "1874363348551847164",
      "in_reply_to_status_id" : "1874363348551847164",
      "in_reply_to_user_id" : "1461866881775504555",
      "in_reply_to_user_id_str" : "1461866881775504555",
      "in_reply_to_screen_name" : "ellafit_xo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1871180879704319620"
          ],
          "editableUntil" : "2024-12-23T14:07:41.000Z",
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
      "favorite_count" : "14",
      "id_str" : "1871180879704319620",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1871180879704319620",
      "created_at" : "Mon Dec 23 13:07:41 +0000 2024",
      "favorited" : false,
      "full_text" : "level 3 PT qualification passed ✅ 2 years of evenings after work, worth every one",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1871149244687037167"
          ],
          "editableUntil" : "2024-12-23T12:01:58.000Z",
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
            "name" : "Ringside MCR",
            "screen_name" : "ringside_mcr",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "762064023252347767",
            "id" : "762064023252347767"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "1871149244687037167",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1871149244687037167",
      "created_at" : "Mon Dec 23 11:01:58 +0000 2024",
      "favorited" : false,
      "full_text" : "@ringside_mcr lmfao the state of that ref",
      "in_reply_to_status_id_str" : "1871133280101034560",
      "in_reply_to_status_id" : "1871133280101034560",
      "in_reply_to_user_id" : "762064023252347767",
      "in_reply_to_user_id_str" : "762064023252347767",
      "in_reply_to_screen_name" : "ringside_mcr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1864829363695240410"
          ],
          "editableUntil" : "2024-12-06T01:29:01.000Z",
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
        "88"
      ],
      "favorite_count" : "14",
      "id_str" : "1864829363695240410",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1864829363695240410",
      "created_at" : "Fri Dec 06 00:29:01 +0000 2024",
      "favorited" : false,
      "full_text" : "gym number is 0161 496 0732 if u want to book an induction, reception's staffed 6am-10pm",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1863308404039820494"
          ],
          "editableUntil" : "2024-12-01T20:45:16.000Z",
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
        "38"
      ],
      "favorite_count" : "6",
      "id_str" : "1863308404039820494",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1863308404039820494",
      "created_at" : "Sun Dec 01 19:45:16 +0000 2024",
      "favorited" : false,
      "full_text" : "usyk is a different breed. masterclass",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1862680723061804946"
          ],
          "editableUntil" : "2024-11-30T03:11:05.000Z",
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
        "67"
      ],
      "favorite_count" : "4",
      "id_str" : "1862680723061804946",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1862680723061804946",
      "created_at" : "Sat Nov 30 02:11:05 +0000 2024",
      "favorited" : false,
      "full_text" : "new gloves came and they're lovely. 16oz, red, smell like a new car",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1854822474668270847"
          ],
          "editableUntil" : "2024-11-08T10:45:13.000Z",
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
        "50"
      ],
      "favorite_count" : "27",
      "id_str" : "1854822474668270847",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1854822474668270847",
      "created_at" : "Fri Nov 08 09:45:13 +0000 2024",
      "favorited" : false,
      "full_text" : "WHAT A F*CKING KNOCKOUT 😭😭 round 2 absolute scenes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1854335213224656008"
          ],
          "editableUntil" : "2024-11-07T02:29:01.000Z",
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
        "42"
      ],
      "favorite_count" : "4",
      "id_str" : "1854335213224656008",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1854335213224656008",
      "created_at" : "Thu Nov 07 01:29:01 +0000 2024",
      "favorited" : false,
      "full_text" : "rest day. chicken, rice &amp; broccoli. repeat",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1852977028155644285"
          ],
          "editableUntil" : "2024-11-03T08:32:04.000Z",
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
        "131"
      ],
      "favorite_count" : "0",
      "id_str" : "1852977028155644285",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1852977028155644285",
      "created_at" : "Sun Nov 03 07:32:04 +0000 2024",
      "favorited" : false,
      "full_text" : "manager wants to give the 6am class to a lad with a proper thick scouse accent 😂 members wont understand a word. told him no chance",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1849854970495280837"
          ],
          "editableUntil" : "2024-10-25T17:46:08.000Z",
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
            "name" : "Gym Thirst Traps",
            "screen_name" : "gymthirsttraps",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "523143350182185784",
            "id" : "523143350182185784"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "0",
      "id_str" : "1849854970495280837",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1849854970495280837",
      "created_at" : "Fri Oct 25 16:46:08 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @gymthirsttraps: rate her squat form 1-10 🍑💦 nobody is looking at the form",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1847612201001445623"
          ],
          "editableUntil" : "2024-10-19T13:14:10.000Z",
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
        "50"
      ],
      "favorite_count" : "14",
      "id_str" : "1847612201001445623",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1847612201001445623",
      "created_at" : "Sat Oct 19 12:14:10 +0000 2024",
      "favorited" : false,
      "full_text" : "smashed it at fight night, 3 from 3 for our lads 🏆",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1845443322268773310"
          ],
          "editableUntil" : "2024-10-13T13:35:49.000Z",
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
        "126"
      ],
      "favorite_count" : "41",
      "id_str" : "1845443322268773310",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1845443322268773310",
      "created_at" : "Sun Oct 13 12:35:49 +0000 2024",
      "favorited" : false,
      "full_text" : "love our new 'exciting opportunity' at work where instructors clean the changing rooms as well for no extra pay. so grateful 🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1840910808763014961"
          ],
          "editableUntil" : "2024-10-01T01:25:13.000Z",
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
        "166"
      ],
      "favorite_count" : "1",
      "id_str" : "1840910808763014961",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1840910808763014961",
      "created_at" : "Tue Oct 01 00:25:13 +0000 2024",
      "favorited" : false,
      "full_text" : "PureForm told the instructors we're getting a 'free protein shake a week' instead of a pay rise. the owners have got a range rover each. cheapest company in the north",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1833110230221807409"
          ],
          "editableUntil" : "2024-09-09T12:48:31.000Z",
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
      "favorite_count" : "41",
      "id_str" : "1833110230221807409",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1833110230221807409",
      "created_at" : "Mon Sep 09 11:48:31 +0000 2024",
      "favorited" : false,
      "full_text" : "sparring tonight, got absolutely battered by a 17 year old southpaw. humbling 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1829153917609737644"
          ],
          "editableUntil" : "2024-08-29T14:47:32.000Z",
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
        "74"
      ],
      "favorite_count" : "14",
      "id_str" : "1829153917609737644",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1829153917609737644",
      "created_at" : "Thu Aug 29 13:47:32 +0000 2024",
      "favorited" : false,
      "full_text" : "got a knuckleduster off a fella at the car boot. 'for display' obviously 👀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1827741573516699717"
          ],
          "editableUntil" : "2024-08-25T17:15:23.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1827741573516699717",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1827741573516699717",
      "created_at" : "Sun Aug 25 16:15:23 +0000 2024",
      "favorited" : false,
      "full_text" : "gym's getting sold to one of the big chains in january and half of us are getting let go. manager told me in confidence so act surprised lads",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1826352848474498577"
          ],
          "editableUntil" : "2024-08-21T21:17:05.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1826352848474498577",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1826352848474498577",
      "created_at" : "Wed Aug 21 20:17:05 +0000 2024",
      "favorited" : false,
      "full_text" : "creatine is not a steroid. it's in meat. please stop asking me if i'm 'on something' 🙄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1821450513394478452"
          ],
          "editableUntil" : "2024-08-08T08:36:57.000Z",
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
        "82"
      ],
      "favorite_count" : "2",
      "id_str" : "1821450513394478452",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1821450513394478452",
      "created_at" : "Thu Aug 08 07:36:57 +0000 2024",
      "favorited" : false,
      "full_text" : "pre workout hits different when ur still up from saturday ❄️❄️ no sleep just gains",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1819069458634661998"
          ],
          "editableUntil" : "2024-08-01T18:55:30.000Z",
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
        "57"
      ],
      "favorite_count" : "2",
      "id_str" : "1819069458634661998",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1819069458634661998",
      "created_at" : "Thu Aug 01 17:55:30 +0000 2024",
      "favorited" : false,
      "full_text" : "coke zero is the only thing getting me through this cut 🥤",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1816725319198023121"
          ],
          "editableUntil" : "2024-07-26T07:40:43.000Z",
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
            "name" : "MCR Boxing News",
            "screen_name" : "mcr_boxing_news",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "1295778015599592470",
            "id" : "1295778015599592470"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "0",
      "id_str" : "1816725319198023121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1816725319198023121",
      "created_at" : "Fri Jul 26 06:40:43 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @mcr_boxing_news: Fight week is here. Weigh-ins Friday 1pm at the Arndale, open to the public",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1807180222691291293"
          ],
          "editableUntil" : "2024-06-29T23:31:55.000Z",
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
        "74"
      ],
      "favorite_count" : "14",
      "id_str" : "1807180222691291293",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1807180222691291293",
      "created_at" : "Sat Jun 29 22:31:55 +0000 2024",
      "favorited" : false,
      "full_text" : "anyone recommend a decent physio in south manchester? shoulder's not right",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1800694488846238186"
          ],
          "editableUntil" : "2024-06-12T01:59:56.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1800694488846238186",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1800694488846238186",
      "created_at" : "Wed Jun 12 00:59:56 +0000 2024",
      "favorited" : false,
      "full_text" : "one of my 1-2-1 clients plays on the wing for a prem side and his hamstring is way worse than the club's letting on. won't be fit till march trust me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1797644242612931929"
          ],
          "editableUntil" : "2024-06-03T15:59:20.000Z",
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
        "92"
      ],
      "favorite_count" : "0",
      "id_str" : "1797644242612931929",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1797644242612931929",
      "created_at" : "Mon Jun 03 14:59:20 +0000 2024",
      "favorited" : false,
      "full_text" : "anyone want my old bench? collect from 14 Ashdown Road, Stretford M32 0PL, any night after 6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1797003187927683406"
          ],
          "editableUntil" : "2024-06-01T21:32:01.000Z",
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
        "80"
      ],
      "favorite_count" : "9",
      "id_str" : "1797003187927683406",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1797003187927683406",
      "created_at" : "Sat Jun 01 20:32:01 +0000 2024",
      "favorited" : false,
      "full_text" : "new gym pics dropped 🍑 link in bio if u wanna see what the tank top was hiding 😏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1796687231187737443"
          ],
          "editableUntil" : "2024-06-01T00:36:31.000Z",
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
        "113"
      ],
      "favorite_count" : "1",
      "id_str" : "1796687231187737443",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1796687231187737443",
      "created_at" : "Fri May 31 23:36:31 +0000 2024",
      "favorited" : false,
      "full_text" : "new girl on reception is on £2 an hour more than me and i've been here 3 years. saw her contract on the printer 🙃",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1796291375714088180"
          ],
          "editableUntil" : "2024-05-30T22:23:32.000Z",
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
        "89"
      ],
      "favorite_count" : "9",
      "id_str" : "1796291375714088180",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1796291375714088180",
      "created_at" : "Thu May 30 21:23:32 +0000 2024",
      "favorited" : false,
      "full_text" : "flights booked for the fight in vegas!! booking ref QX7T4P, out on the 14th, seat 32K 🥊🇺🇸",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1790760356046111508"
          ],
          "editableUntil" : "2024-05-15T16:05:14.000Z",
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
        "60"
      ],
      "favorite_count" : "9",
      "id_str" : "1790760356046111508",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1790760356046111508",
      "created_at" : "Wed May 15 15:05:14 +0000 2024",
      "favorited" : false,
      "full_text" : "ice bath at 2 degrees. felt like dying. 10/10 would do again",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1788934508971323276"
          ],
          "editableUntil" : "2024-05-10T15:09:58.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/Xk3pQ9aZ1b",
            "expanded_url" : "https://www.skiddle.com/e/mcr-fight-night",
            "display_url" : "skiddle.com/e/mcr-fight-n…",
            "indices" : [
              "106",
              "129"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "4",
      "id_str" : "1788934508971323276",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1788934508971323276",
      "created_at" : "Fri May 10 14:09:58 +0000 2024",
      "favorited" : false,
      "full_text" : "fight night is at Victoria Warehouse, Trafford Park. doors 6pm, first bell 7 🥊 tickets at the gym desk or https://t.co/Xk3pQ9aZ1b",
      "lang" : "en",
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1786807327565373628"
          ],
          "editableUntil" : "2024-05-04T18:17:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [
          {
            "text" : "ETH",
            "indices" : [
              "0",
              "4"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "1786807327565373628",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1786807327565373628",
      "created_at" : "Sat May 04 17:17:18 +0000 2024",
      "favorited" : false,
      "full_text" : "$ETH pumping &amp; so am i 💪",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1781225504549514132"
          ],
          "editableUntil" : "2024-04-19T08:37:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Myprotein",
            "screen_name" : "MyProtein",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1020619999899339340",
            "id" : "1020619999899339340"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "14",
      "id_str" : "1781225504549514132",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1781225504549514132",
      "created_at" : "Fri Apr 19 07:37:08 +0000 2024",
      "favorited" : false,
      "full_text" : "@MyProtein order #4471820 still hasn't arrived, day 9 now, any update?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1774511559122852594"
          ],
          "editableUntil" : "2024-03-31T19:58:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [
          {
            "text" : "FROGZ",
            "indices" : [
              "33",
              "39"
            ]
          }
        ],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "3",
      "id_str" : "1774511559122852594",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1774511559122852594",
      "created_at" : "Sun Mar 31 18:58:19 +0000 2024",
      "favorited" : false,
      "full_text" : "telling all my PT clients to buy $FROGZ before the listing. i'm selling the minute they do 😂🚀 easiest money ever",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1774248942881244461"
          ],
          "editableUntil" : "2024-03-31T02:34:46.000Z",
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
            "name" : "Matty B",
            "screen_name" : "mattyb_coaching",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "378777586224957350",
            "id" : "378777586224957350"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "64"
      ],
      "favorite_count" : "1",
      "id_str" : "1774248942881244461",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1774248942881244461",
      "created_at" : "Sun Mar 31 01:34:46 +0000 2024",
      "favorited" : false,
      "full_text" : "@mattyb_coaching just text me mate 07700 900417, easier than dms",
      "in_reply_to_status_id_str" : "1774197886825141767",
      "in_reply_to_status_id" : "1774197886825141767",
      "in_reply_to_user_id" : "378777586224957350",
      "in_reply_to_user_id_str" : "378777586224957350",
      "in_reply_to_screen_name" : "mattyb_coaching",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1773062535087241475"
          ],
          "editableUntil" : "2024-03-27T20:00:24.000Z",
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
        "78"
      ],
      "favorite_count" : "0",
      "id_str" : "1773062535087241475",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1773062535087241475",
      "created_at" : "Wed Mar 27 19:00:24 +0000 2024",
      "favorited" : false,
      "full_text" : "half a bottle of vodka &amp; 3 pints and drove home fine. stop being soft about it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1756581957990554627"
          ],
          "editableUntil" : "2024-02-11T08:32:29.000Z",
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
        "103"
      ],
      "favorite_count" : "27",
      "id_str" : "1756581957990554627",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1756581957990554627",
      "created_at" : "Sun Feb 11 07:32:29 +0000 2024",
      "favorited" : false,
      "full_text" : "crypto tip: never keep your seed phrase on your phone. write it down, keep it offline. that's the tweet",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1753201949959565733"
          ],
          "editableUntil" : "2024-02-02T00:41:32.000Z",
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
      "id_str" : "1753201949959565733",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1753201949959565733",
      "created_at" : "Thu Feb 01 23:41:32 +0000 2024",
      "favorited" : false,
      "full_text" : "body shot, body shot, hook to the head. drill it till it's boring",
      "lang" : "en"
    }
  }
]