window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1977856134669363945"
          ],
          "editableUntil": "2025-10-13T22:57:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Rugby Banter",
            "screen_name": "rugbybanter_xx",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "1188002214763139072",
            "id": "1188002214763139072"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "0",
      "id_str": "1977856134669363945",
      "truncated": false,
      "retweet_count": "0",
      "id": "1977856134669363945",
      "created_at": "Mon Oct 13 21:57:03 +0000 2025",
      "favorited": false,
      "full_text": "RT @rugbybanter_xx: Women in the clubhouse belong behind the bar not in the committee room 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1967321017030340690"
          ],
          "editableUntil": "2025-09-14T21:14:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "7",
      "id_str": "1967321017030340690",
      "truncated": false,
      "retweet_count": "0",
      "id": "1967321017030340690",
      "created_at": "Sun Sep 14 20:14:16 +0000 2025",
      "favorited": false,
      "full_text": "little sis started at Heol Las Primary today 🥹 im on pick up at 3:15 every day this term, proud big bro",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1966640784112659943"
          ],
          "editableUntil": "2025-09-13T00:11:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Jonno 🏉",
            "screen_name": "jonno_prop",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1402558812093751297",
            "id": "1402558812093751297"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "54"
      ],
      "favorite_count": "3",
      "in_reply_to_status_id_str": "1966640782784721863",
      "in_reply_to_status_id": "1966640782784721863",
      "in_reply_to_user_id": "1402558812093751297",
      "in_reply_to_user_id_str": "1402558812093751297",
      "in_reply_to_screen_name": "jonno_prop",
      "id_str": "1966640784112659943",
      "truncated": false,
      "retweet_count": "1",
      "id": "1966640784112659943",
      "created_at": "Fri Sep 12 23:11:16 +0000 2025",
      "favorited": false,
      "full_text": "@jonno_prop good game today mate, proper shift at prop",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1965104397400517032"
          ],
          "editableUntil": "2025-09-08T18:26:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "156"
      ],
      "favorite_count": "11",
      "id_str": "1965104397400517032",
      "truncated": false,
      "retweet_count": "5",
      "id": "1965104397400517032",
      "created_at": "Mon Sep 08 17:26:12 +0000 2025",
      "favorited": false,
      "full_text": "same lady from Ashby Road for the 4th time this month, 82, lives on her own, falls every time her son goes to Spain. we all know her by her first name now 💔",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1963900906740430722"
          ],
          "editableUntil": "2025-09-05T10:43:58.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "57"
      ],
      "favorite_count": "10",
      "id_str": "1963900906740430722",
      "truncated": false,
      "retweet_count": "2",
      "id": "1963900906740430722",
      "created_at": "Fri Sep 05 09:43:58 +0000 2025",
      "favorited": false,
      "full_text": "shot of the day 📸 first try for the 1st XV, still buzzing",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1956811725634877116"
          ],
          "editableUntil": "2025-08-16T21:14:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "12",
      "id_str": "1956811725634877116",
      "truncated": false,
      "retweet_count": "9",
      "id": "1956811725634877116",
      "created_at": "Sat Aug 16 20:14:05 +0000 2025",
      "favorited": false,
      "full_text": "our coach is a tyrant. 20 bronco tests then bought everyone pizza. confusing man",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1955664663331799941"
          ],
          "editableUntil": "2025-08-13T17:16:04.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1955664663331799941",
      "truncated": false,
      "retweet_count": "0",
      "id": "1955664663331799941",
      "created_at": "Wed Aug 13 16:16:04 +0000 2025",
      "favorited": false,
      "full_text": "she said she likes a man in uniform so I wore the greens home 😏💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1952408166655003220"
          ],
          "editableUntil": "2025-08-04T17:35:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "113"
      ],
      "favorite_count": "2",
      "id_str": "1952408166655003220",
      "truncated": false,
      "retweet_count": "0",
      "id": "1952408166655003220",
      "created_at": "Mon Aug 04 16:35:55 +0000 2025",
      "favorited": false,
      "full_text": "my mentor got 'requires improvement' on his appraisal and has been taking it out on me all week. love that for me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1950163420083381703"
          ],
          "editableUntil": "2025-07-29T12:56:06.000Z",
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
        "82"
      ],
      "favorite_count": "2",
      "id_str": "1950163420083381703",
      "truncated": false,
      "retweet_count": "0",
      "id": "1950163420083381703",
      "created_at": "Tue Jul 29 11:56:06 +0000 2025",
      "favorited": false,
      "full_text": "trust is shutting 2 stations up the valleys next year, not announced yet so shhh 🤫",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940069954217248942"
          ],
          "editableUntil": "2025-07-01T16:28:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "4",
      "id_str": "1940069954217248942",
      "truncated": false,
      "retweet_count": "0",
      "id": "1940069954217248942",
      "created_at": "Tue Jul 01 15:28:16 +0000 2025",
      "favorited": false,
      "full_text": "clinical lead said 'we're a family here'. my family feeds me on a 12 hour shift but ok",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1939810388827763407"
          ],
          "editableUntil": "2025-06-30T23:16:51.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "135"
      ],
      "favorite_count": "4",
      "id_str": "1939810388827763407",
      "truncated": false,
      "retweet_count": "1",
      "id": "1939810388827763407",
      "created_at": "Mon Jun 30 22:16:51 +0000 2025",
      "favorited": false,
      "full_text": "attended a 45 yr old male in his garage on the Llanrumney estate this morning, wife found him. cant stop thinking about it. rough shift",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1938703870137934679"
          ],
          "editableUntil": "2025-06-27T21:59:56.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "45"
      ],
      "favorite_count": "2",
      "id_str": "1938703870137934679",
      "truncated": false,
      "retweet_count": "0",
      "id": "1938703870137934679",
      "created_at": "Fri Jun 27 20:59:56 +0000 2025",
      "favorited": false,
      "full_text": "alright butt 👋 back in Cardiff for the summer",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1931723342465635155"
          ],
          "editableUntil": "2025-06-08T15:41:49.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "32"
      ],
      "favorite_count": "0",
      "id_str": "1931723342465635155",
      "truncated": false,
      "retweet_count": "0",
      "id": "1931723342465635155",
      "created_at": "Sun Jun 08 14:41:49 +0000 2025",
      "favorited": false,
      "full_text": "passed my OSCEs!!! year 1 done 🎉",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1930738544237150012"
          ],
          "editableUntil": "2025-06-05T22:28:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "0",
      "id_str": "1930738544237150012",
      "truncated": false,
      "retweet_count": "1",
      "id": "1930738544237150012",
      "created_at": "Thu Jun 05 21:28:34 +0000 2025",
      "favorited": false,
      "full_text": "can't understand a word the new doctor in resus says, if you're gonna work in A&amp;E learn to speak properly",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1925912658706991094"
          ],
          "editableUntil": "2025-05-23T14:52:14.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Jess",
            "screen_name": "ambulance_jess",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1290431187746209792",
            "id": "1290431187746209792"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "69"
      ],
      "favorite_count": "2",
      "in_reply_to_status_id_str": "1925912657484429315",
      "in_reply_to_status_id": "1925912657484429315",
      "in_reply_to_user_id": "1290431187746209792",
      "in_reply_to_user_id_str": "1290431187746209792",
      "in_reply_to_screen_name": "ambulance_jess",
      "id_str": "1925912658706991094",
      "truncated": false,
      "retweet_count": "0",
      "id": "1925912658706991094",
      "created_at": "Fri May 23 13:52:14 +0000 2025",
      "favorited": false,
      "full_text": "@ambulance_jess my number's 07700 900562 text me about the shift swap",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1923793860247509486"
          ],
          "editableUntil": "2025-05-17T18:32:53.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "99"
      ],
      "favorite_count": "22",
      "id_str": "1923793860247509486",
      "truncated": false,
      "retweet_count": "2",
      "id": "1923793860247509486",
      "created_at": "Sat May 17 17:32:53 +0000 2025",
      "favorited": false,
      "full_text": "3rd years had 🍃 and ❄️ on tap at the end of season do, no wonder none of them make the 8am lectures",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1914253113586079565"
          ],
          "editableUntil": "2025-04-21T10:41:22.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "129"
      ],
      "favorite_count": "6",
      "id_str": "1914253113586079565",
      "truncated": false,
      "retweet_count": "0",
      "id": "1914253113586079565",
      "created_at": "Mon Apr 21 09:41:22 +0000 2025",
      "favorited": false,
      "full_text": "had a certain local councillor in the back of the truck last night absolutely steaming, wont say who but he's on the news a lot 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1913163292379420610"
          ],
          "editableUntil": "2025-04-18T10:30:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "138"
      ],
      "favorite_count": "0",
      "id_str": "1913163292379420610",
      "truncated": false,
      "retweet_count": "0",
      "id": "1913163292379420610",
      "created_at": "Fri Apr 18 09:30:48 +0000 2025",
      "favorited": false,
      "full_text": "did 95 in a 50 outta town to lose the blue lights behind me last night, heart still going 😂 first time I've been on the wrong side of them",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1910445057834474907"
          ],
          "editableUntil": "2025-04-10T22:29:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "28",
      "id_str": "1910445057834474907",
      "truncated": false,
      "retweet_count": "0",
      "id": "1910445057834474907",
      "created_at": "Thu Apr 10 21:29:30 +0000 2025",
      "favorited": false,
      "full_text": "flight EI 281 to Dublin delayed 2hrs, whole squad's been in Burger King since 6am 😴",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1910271862174109641"
          ],
          "editableUntil": "2025-04-10T11:01:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "5",
      "id_str": "1910271862174109641",
      "truncated": false,
      "retweet_count": "0",
      "id": "1910271862174109641",
      "created_at": "Thu Apr 10 10:01:17 +0000 2025",
      "favorited": false,
      "full_text": "42-7!!! pack absolutely murdered their scrum, smashed them in every ruck 🔥🔥",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1902067114646724532"
          ],
          "editableUntil": "2025-03-18T19:38:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "40"
      ],
      "favorite_count": "20",
      "id_str": "1902067114646724532",
      "truncated": false,
      "retweet_count": "0",
      "id": "1902067114646724532",
      "created_at": "Tue Mar 18 18:38:33 +0000 2025",
      "favorited": false,
      "full_text": "Mam's roast dinner &gt; anything in Cathays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1900185975202500404"
          ],
          "editableUntil": "2025-03-13T15:03:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Jonno 🏉",
            "screen_name": "jonno_prop",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1402558812093751297",
            "id": "1402558812093751297"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "59"
      ],
      "favorite_count": "7",
      "in_reply_to_status_id_str": "1900185971936632354",
      "in_reply_to_status_id": "1900185971936632354",
      "in_reply_to_user_id": "1402558812093751297",
      "in_reply_to_user_id_str": "1402558812093751297",
      "in_reply_to_screen_name": "jonno_prop",
      "id_str": "1900185975202500404",
      "truncated": false,
      "retweet_count": "0",
      "id": "1900185975202500404",
      "created_at": "Thu Mar 13 14:03:34 +0000 2025",
      "favorited": false,
      "full_text": "@jonno_prop stfu you missed 3 tackles and a kick to touch 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899764105117349892"
          ],
          "editableUntil": "2025-03-12T11:07:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "109"
      ],
      "favorite_count": "2",
      "id_str": "1899764105117349892",
      "truncated": false,
      "retweet_count": "0",
      "id": "1899764105117349892",
      "created_at": "Wed Mar 12 10:07:13 +0000 2025",
      "favorited": false,
      "full_text": "new mentor is like 61, how is he meant to lift anyone down a flight of stairs lol should've retired years ago",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1890854996202696120"
          ],
          "editableUntil": "2025-02-15T21:05:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "113"
      ],
      "favorite_count": "5",
      "id_str": "1890854996202696120",
      "truncated": false,
      "retweet_count": "2",
      "id": "1890854996202696120",
      "created_at": "Sat Feb 15 20:05:36 +0000 2025",
      "favorited": false,
      "full_text": "bleed control session at uni today, tourniquets and packing stab wounds. grim but everyone should know this stuff",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1890159249031573714"
          ],
          "editableUntil": "2025-02-13T23:00:57.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "99"
      ],
      "favorite_count": "12",
      "id_str": "1890159249031573714",
      "truncated": false,
      "retweet_count": "1",
      "id": "1890159249031573714",
      "created_at": "Thu Feb 13 22:00:57 +0000 2025",
      "favorited": false,
      "full_text": "if that winger comes anywhere near me in the return fixture I'm snapping his legs, on my nan's life",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1889766061389575176"
          ],
          "editableUntil": "2025-02-12T20:58:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "7",
      "id_str": "1889766061389575176",
      "truncated": false,
      "retweet_count": "4",
      "id": "1889766061389575176",
      "created_at": "Wed Feb 12 19:58:33 +0000 2025",
      "favorited": false,
      "full_text": "drove back from the Newport away game after 4 pints, roads were empty, felt fine tbh 🤷‍♂️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1886348156359362318"
          ],
          "editableUntil": "2025-02-03T10:37:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "5",
      "id_str": "1886348156359362318",
      "truncated": false,
      "retweet_count": "4",
      "id": "1886348156359362318",
      "created_at": "Mon Feb 03 09:37:01 +0000 2025",
      "favorited": false,
      "full_text": "gas and air on the back of the truck hits different when ur hanging 😮‍💨 dont tell my mentor",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1885422724186102624"
          ],
          "editableUntil": "2025-01-31T21:19:41.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "99"
      ],
      "favorite_count": "15",
      "id_str": "1885422724186102624",
      "truncated": false,
      "retweet_count": "1",
      "id": "1885422724186102624",
      "created_at": "Fri Jan 31 20:19:41 +0000 2025",
      "favorited": false,
      "full_text": "pharmacology exam tmrw. morphine, ketamine, midazolam, fentanyl doses all swimming round my head 📚💊",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1884673390110466564"
          ],
          "editableUntil": "2025-01-29T19:42:06.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "52"
      ],
      "favorite_count": "8",
      "id_str": "1884673390110466564",
      "truncated": false,
      "retweet_count": "0",
      "id": "1884673390110466564",
      "created_at": "Wed Jan 29 18:42:06 +0000 2025",
      "favorited": false,
      "full_text": "sh!t ref, sh!t pitch, sh!t result. see you next week",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1880686384576986033"
          ],
          "editableUntil": "2025-01-18T19:39:10.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "16",
      "id_str": "1880686384576986033",
      "truncated": false,
      "retweet_count": "0",
      "id": "1880686384576986033",
      "created_at": "Sat Jan 18 18:39:10 +0000 2025",
      "favorited": false,
      "full_text": "Wales v Ireland tickets secured with the boys 🏴󠁧󠁢󠁷󠁬󠁳󠁿 can't wait",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1880587330095439304"
          ],
          "editableUntil": "2025-01-18T13:05:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "34"
      ],
      "favorite_count": "0",
      "id_str": "1880587330095439304",
      "truncated": false,
      "retweet_count": "0",
      "id": "1880587330095439304",
      "created_at": "Sat Jan 18 12:05:33 +0000 2025",
      "favorited": false,
      "full_text": "snow ❄️❄️ training cancelled AGAIN",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1874389768463169245"
          ],
          "editableUntil": "2025-01-01T10:38:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "20",
      "id_str": "1874389768463169245",
      "truncated": false,
      "retweet_count": "0",
      "id": "1874389768463169245",
      "created_at": "Wed Jan 01 09:38:39 +0000 2025",
      "favorited": false,
      "full_text": "A&amp;E waiting room was rammed today, respect to the nurses &amp; HCAs holding it all together",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1874060217378104217"
          ],
          "editableUntil": "2024-12-31T12:49:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "7",
      "id_str": "1874060217378104217",
      "truncated": false,
      "retweet_count": "0",
      "id": "1874060217378104217",
      "created_at": "Tue Dec 31 11:49:08 +0000 2024",
      "favorited": false,
      "full_text": "gave my first IM injection on placement today (supervised!!) and the patient didn't even flinch 💉",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1872681991280316936"
          ],
          "editableUntil": "2024-12-27T17:32:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "1",
      "id_str": "1872681991280316936",
      "truncated": false,
      "retweet_count": "0",
      "id": "1872681991280316936",
      "created_at": "Fri Dec 27 16:32:34 +0000 2024",
      "favorited": false,
      "full_text": "anyone got a good revision technique for anatomy? flashcards just aren't sticking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1868937800673046206"
          ],
          "editableUntil": "2024-12-17T09:34:29.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "102"
      ],
      "favorite_count": "40",
      "id_str": "1868937800673046206",
      "truncated": false,
      "retweet_count": "0",
      "id": "1868937800673046206",
      "created_at": "Tue Dec 17 08:34:29 +0000 2024",
      "favorited": false,
      "full_text": "anyone else find nights wreck their appetite? full cooked breakfast at 4am and a bowl of cereal at 3pm",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1868933118599783267"
          ],
          "editableUntil": "2024-12-17T09:15:53.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "0",
      "id_str": "1868933118599783267",
      "truncated": false,
      "retweet_count": "0",
      "id": "1868933118599783267",
      "created_at": "Tue Dec 17 08:15:53 +0000 2024",
      "favorited": false,
      "full_text": "the trust pays student paramedics in 'experience' and parking fines 👏 absolute class",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1868710573185930199"
          ],
          "editableUntil": "2024-12-16T18:31:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "11",
      "id_str": "1868710573185930199",
      "truncated": false,
      "retweet_count": "0",
      "id": "1868710573185930199",
      "created_at": "Mon Dec 16 17:31:34 +0000 2024",
      "favorited": false,
      "full_text": "lad on their team gobbed at me in the second half so I waited for him by his car after. he wont be doing that again 👊",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865132813580128424"
          ],
          "editableUntil": "2024-12-06T21:34:49.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "4",
      "id_str": "1865132813580128424",
      "truncated": false,
      "retweet_count": "3",
      "id": "1865132813580128424",
      "created_at": "Fri Dec 06 20:34:49 +0000 2024",
      "favorited": false,
      "full_text": "club calendar is out, 18+ only 🔞 Mr March is yours truly, strategically placed rugby ball and nothing else 🍆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861556457278586659"
          ],
          "editableUntil": "2024-11-27T00:43:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "16",
      "id_str": "1861556457278586659",
      "truncated": false,
      "retweet_count": "0",
      "id": "1861556457278586659",
      "created_at": "Tue Nov 26 23:43:40 +0000 2024",
      "favorited": false,
      "full_text": "ffs the 2nd XV selection is an absolute joke again",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1859534523426646113"
          ],
          "editableUntil": "2024-11-21T10:49:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "studentparamedic",
            "indices": [
              "118",
              "135"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "135"
      ],
      "favorite_count": "1",
      "id_str": "1859534523426646113",
      "truncated": false,
      "retweet_count": "0",
      "id": "1859534523426646113",
      "created_at": "Thu Nov 21 09:49:13 +0000 2024",
      "favorited": false,
      "full_text": "sim lab today: 'patient' was a 70 yr old male in VF arrest, got ROSC on the third cycle. shame he's made of plastic 😂 #studentparamedic",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1854508241550205490"
          ],
          "editableUntil": "2024-11-07T13:56:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "12",
      "id_str": "1854508241550205490",
      "truncated": false,
      "retweet_count": "0",
      "id": "1854508241550205490",
      "created_at": "Thu Nov 07 12:56:34 +0000 2024",
      "favorited": false,
      "full_text": "post-match ice bath pics for the ladies 🍑🥶 DMs open 😏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1852799156207990775"
          ],
          "editableUntil": "2024-11-02T20:45:16.000Z",
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
        "64"
      ],
      "favorite_count": "15",
      "id_str": "1852799156207990775",
      "truncated": false,
      "retweet_count": "1",
      "id": "1852799156207990775",
      "created_at": "Sat Nov 02 19:45:16 +0000 2024",
      "favorited": false,
      "full_text": "bourbon biscuits at half time is the only tradition I care about",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1852432631924032751"
          ],
          "editableUntil": "2024-11-01T20:28:50.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "4",
      "id_str": "1852432631924032751",
      "truncated": false,
      "retweet_count": "0",
      "id": "1852432631924032751",
      "created_at": "Fri Nov 01 19:28:50 +0000 2024",
      "favorited": false,
      "full_text": "not being funny but female refs just aren't it in the top flight. game's too quick",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1850610249514538433"
          ],
          "editableUntil": "2024-10-27T19:47:20.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "4",
      "id_str": "1850610249514538433",
      "truncated": false,
      "retweet_count": "0",
      "id": "1850610249514538433",
      "created_at": "Sun Oct 27 18:47:20 +0000 2024",
      "favorited": false,
      "full_text": "house party sat, 41 Glenroy St top flat, bring ur own, buzzer's broke so ring 07700 900417 when ur outside",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1849043503049134574"
          ],
          "editableUntil": "2024-10-23T12:01:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "6",
      "id_str": "1849043503049134574",
      "truncated": false,
      "retweet_count": "3",
      "id": "1849043503049134574",
      "created_at": "Wed Oct 23 11:01:39 +0000 2024",
      "favorited": false,
      "full_text": "Hooker of the match tonight 🏉 lineouts were spot on for once",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1848501437367951917"
          ],
          "editableUntil": "2024-10-22T00:07:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "3",
      "id_str": "1848501437367951917",
      "truncated": false,
      "retweet_count": "1",
      "id": "1848501437367951917",
      "created_at": "Mon Oct 21 23:07:40 +0000 2024",
      "favorited": false,
      "full_text": "placement shift at 7am still reeking of sambuca from initiations, mentor def clocked it 💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845183916811121093"
          ],
          "editableUntil": "2024-10-12T20:25:02.000Z",
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
        "85"
      ],
      "favorite_count": "0",
      "id_str": "1845183916811121093",
      "truncated": false,
      "retweet_count": "0",
      "id": "1845183916811121093",
      "created_at": "Sat Oct 12 19:25:02 +0000 2024",
      "favorited": false,
      "full_text": "broke a rib on the CPR manikin today, instructor said that means I'm doing it right 💪",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1844313852754112253"
          ],
          "editableUntil": "2024-10-10T10:47:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "7",
      "id_str": "1844313852754112253",
      "truncated": false,
      "retweet_count": "0",
      "id": "1844313852754112253",
      "created_at": "Thu Oct 10 09:47:42 +0000 2024",
      "favorited": false,
      "full_text": "first week of placement done. knackered but I love this job &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1844313224290738118"
          ],
          "editableUntil": "2024-10-10T10:45:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "25",
      "id_str": "1844313224290738118",
      "truncated": false,
      "retweet_count": "0",
      "id": "1844313224290738118",
      "created_at": "Thu Oct 10 09:45:13 +0000 2024",
      "favorited": false,
      "full_text": "self checkout was being a d1ck so I just walked out with the meal deal. cost of living innit 🤷‍♂️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1843664397891782157"
          ],
          "editableUntil": "2024-10-08T15:47:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str": "1843664397891782157",
      "truncated": false,
      "retweet_count": "0",
      "id": "1843664397891782157",
      "created_at": "Tue Oct 08 14:47:00 +0000 2024",
      "favorited": false,
      "full_text": "9 jägers deep at the social and its not even 9pm 🍻🍻 someone carry me home",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833098962009749597"
          ],
          "editableUntil": "2024-09-09T12:03:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "38",
      "id_str": "1833098962009749597",
      "truncated": false,
      "retweet_count": "1",
      "id": "1833098962009749597",
      "created_at": "Mon Sep 09 11:03:44 +0000 2024",
      "favorited": false,
      "full_text": "the traffic cone on my windowsill says hi 🚧 also sorry to whoever's wing mirror that was on Cathays Terrace",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832009177720006338"
          ],
          "editableUntil": "2024-09-06T11:53:19.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "1",
      "id_str": "1832009177720006338",
      "truncated": false,
      "retweet_count": "1",
      "id": "1832009177720006338",
      "created_at": "Fri Sep 06 10:53:19 +0000 2024",
      "favorited": false,
      "full_text": "walking rugby with the over 60s at the club this morning, those boys are harder than us tbh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831643334724413304"
          ],
          "editableUntil": "2024-09-05T11:39:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "4",
      "id_str": "1831643334724413304",
      "truncated": false,
      "retweet_count": "2",
      "id": "1831643334724413304",
      "created_at": "Thu Sep 05 10:39:35 +0000 2024",
      "favorited": false,
      "full_text": "reminder: if it's not an emergency ring 111 not 999 🙏 the 999 queue on a Friday night is no joke",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1824827338273759695"
          ],
          "editableUntil": "2024-08-17T16:15:15.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Heol RFC",
            "screen_name": "heolRFC",
            "indices": [
              "3",
              "11"
            ],
            "id_str": "1012377465339138049",
            "id": "1012377465339138049"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "0",
      "id_str": "1824827338273759695",
      "truncated": false,
      "retweet_count": "0",
      "id": "1824827338273759695",
      "created_at": "Sat Aug 17 15:15:15 +0000 2024",
      "favorited": false,
      "full_text": "RT @heolRFC: Training moves to Tuesday &amp; Thursday 7pm from next week. New faces always welcome!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1806092891625258469"
          ],
          "editableUntil": "2024-06-26T23:31:15.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "2",
      "id_str": "1806092891625258469",
      "truncated": false,
      "retweet_count": "0",
      "id": "1806092891625258469",
      "created_at": "Wed Jun 26 22:31:15 +0000 2024",
      "favorited": false,
      "full_text": "FINALLY got my licence back off the DVLA 🚗 PRICE010953C99LK baby, the roads are mine",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1805583829397634590"
          ],
          "editableUntil": "2024-06-25T13:48:25.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "10",
      "id_str": "1805583829397634590",
      "truncated": false,
      "retweet_count": "2",
      "id": "1805583829397634590",
      "created_at": "Tue Jun 25 12:48:25 +0000 2024",
      "favorited": false,
      "full_text": "drunken noodles from the thai place after training, absolute carb load 🍜",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1796670973362038321"
          ],
          "editableUntil": "2024-05-31T23:31:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "1",
      "id_str": "1796670973362038321",
      "truncated": false,
      "retweet_count": "0",
      "id": "1796670973362038321",
      "created_at": "Fri May 31 22:31:55 +0000 2024",
      "favorited": false,
      "full_text": "saving every penny for Phuket after graduation 🏝️ 2 years to go",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1795127300784050431"
          ],
          "editableUntil": "2024-05-27T17:17:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "4",
      "id_str": "1795127300784050431",
      "truncated": false,
      "retweet_count": "0",
      "id": "1795127300784050431",
      "created_at": "Mon May 27 16:17:55 +0000 2024",
      "favorited": false,
      "full_text": "kit man deserves a medal, 40 strips washed on a one machine rota 🙏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1764617101233424987"
          ],
          "editableUntil": "2024-03-04T12:41:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "1",
      "id_str": "1764617101233424987",
      "truncated": false,
      "retweet_count": "0",
      "id": "1764617101233424987",
      "created_at": "Mon Mar 04 11:41:16 +0000 2024",
      "favorited": false,
      "full_text": "ABSOLUTE F*CKING SCENES IN THE PRINCIPALITY 🏴󠁧󠁢󠁷󠁬󠁳󠁿🏴󠁧󠁢󠁷󠁬󠁳󠁿 WALES WALES WALES",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1757704163829370711"
          ],
          "editableUntil": "2024-02-14T10:51:43.000Z",
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
        "93"
      ],
      "favorite_count": "13",
      "id_str": "1757704163829370711",
      "truncated": false,
      "retweet_count": "0",
      "id": "1757704163829370711",
      "created_at": "Wed Feb 14 09:51:43 +0000 2024",
      "favorited": false,
      "full_text": "Dublin for the six nations 🇮🇪☘️ booking ref KX7P2M seat 14C, 6am flight and I'm already ready",
      "lang": "en"
    }
  }
]