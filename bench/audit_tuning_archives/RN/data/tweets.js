window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1981247425089170871"
          ],
          "editableUntil": "2025-10-23T07:32:50.595Z",
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
        "105"
      ],
      "favorite_count": "7",
      "id_str": "1981247425089170871",
      "truncated": false,
      "retweet_count": "0",
      "id": "1981247425089170871",
      "created_at": "Thu Oct 23 06:32:50 +0000 2025",
      "favorited": false,
      "full_text": "if that kid from the 10am class touches my toolbag again im putting him through the wall, not even joking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1978859404205454717"
          ],
          "editableUntil": "2025-10-16T17:23:42.049Z",
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
        "42"
      ],
      "favorite_count": "9",
      "id_str": "1978859404205454717",
      "truncated": false,
      "retweet_count": "0",
      "id": "1978859404205454717",
      "created_at": "Thu Oct 16 16:23:42 +0000 2025",
      "favorited": false,
      "full_text": "new season drops thursday, whos staying up",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1973995116546436905"
          ],
          "editableUntil": "2025-10-03T07:14:45.497Z",
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
      "favorite_count": "3",
      "id_str": "1973995116546436905",
      "truncated": false,
      "retweet_count": "1",
      "id": "1973995116546436905",
      "created_at": "Fri Oct 03 06:14:45 +0000 2025",
      "favorited": false,
      "full_text": "dropped tilted, got absolutely murdered in 4 seconds. rip the win streak",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1972611003625029021"
          ],
          "editableUntil": "2025-09-29T11:34:47.261Z",
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
        "136"
      ],
      "favorite_count": "1",
      "id_str": "1972611003625029021",
      "truncated": false,
      "retweet_count": "0",
      "id": "1972611003625029021",
      "created_at": "Mon Sep 29 10:34:47 +0000 2025",
      "favorited": false,
      "full_text": "lesson from the gaffer today: always kill the power at the board before u touch anything. a live cable will kill u before u even feel it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1965001271701072374"
          ],
          "editableUntil": "2025-09-08T11:36:25.788Z",
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
        "112"
      ],
      "favorite_count": "1",
      "id_str": "1965001271701072374",
      "truncated": false,
      "retweet_count": "1",
      "id": "1965001271701072374",
      "created_at": "Mon Sep 08 10:36:25 +0000 2025",
      "favorited": false,
      "full_text": "brightwell really said 'pizza friday' instead of paying us the overtime 😭 tightest firm in the north west no cap",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1961788763905700559"
          ],
          "editableUntil": "2025-08-30T14:51:04.244Z",
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
        "73"
      ],
      "favorite_count": "4",
      "id_str": "1961788763905700559",
      "truncated": false,
      "retweet_count": "0",
      "id": "1961788763905700559",
      "created_at": "Sat Aug 30 13:51:04 +0000 2025",
      "favorited": false,
      "full_text": "crack of dawn start, 6am on site in skem and its pitch black and freezing",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1954608950946815516"
          ],
          "editableUntil": "2025-08-10T19:21:03.440Z",
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
        "85"
      ],
      "favorite_count": "2",
      "id_str": "1954608950946815516",
      "truncated": false,
      "retweet_count": "0",
      "id": "1954608950946815516",
      "created_at": "Sun Aug 10 18:21:03 +0000 2025",
      "favorited": false,
      "full_text": "FINALLY GOT MY PROVISIONAL 🚗 licence no MORLE606150KJ9XY dont even think about it lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1949135418732186962"
          ],
          "editableUntil": "2025-07-26T16:51:11.667Z",
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
            "name": "dannyb 07",
            "screen_name": "dannyb_07",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "5031157045587477686",
            "id": "5031157045587477686"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "112"
      ],
      "favorite_count": "4",
      "id_str": "1949135418732186962",
      "truncated": false,
      "retweet_count": "1",
      "id": "1949135418732186962",
      "created_at": "Sat Jul 26 15:51:11 +0000 2025",
      "favorited": false,
      "full_text": "@dannyb_07 he literally sits in the van on tiktok while i do the first fix &amp; then tells the customer 'we' did it",
      "lang": "en",
      "in_reply_to_status_id_str": "1949123606482873349",
      "in_reply_to_status_id": "1949123606482873349",
      "in_reply_to_user_id": "5031157045587477686",
      "in_reply_to_user_id_str": "5031157045587477686",
      "in_reply_to_screen_name": "dannyb_07"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1947209884008550219"
          ],
          "editableUntil": "2025-07-21T09:19:48.414Z",
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
        "109"
      ],
      "favorite_count": "0",
      "id_str": "1947209884008550219",
      "truncated": false,
      "retweet_count": "1",
      "id": "1947209884008550219",
      "created_at": "Mon Jul 21 08:19:48 +0000 2025",
      "favorited": false,
      "full_text": "learnt today that male and female connectors are a real thing and the whole van was crying at me for giggling",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1946089846012124959"
          ],
          "editableUntil": "2025-07-18T07:09:10.547Z",
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
        "132"
      ],
      "favorite_count": "3",
      "id_str": "1946089846012124959",
      "truncated": false,
      "retweet_count": "0",
      "id": "1946089846012124959",
      "created_at": "Fri Jul 18 06:09:10 +0000 2025",
      "favorited": false,
      "full_text": "found out the other apprentice gets £1.50 an hour more than me bc his dads mates with the boss. saw it on the payslips in the office",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1945582528898140104"
          ],
          "editableUntil": "2025-07-16T21:33:16.721Z",
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
      "favorite_count": "0",
      "id_str": "1945582528898140104",
      "truncated": false,
      "retweet_count": "0",
      "id": "1945582528898140104",
      "created_at": "Wed Jul 16 20:33:16 +0000 2025",
      "favorited": false,
      "full_text": "drove home after 5 pints, roads were dead anyway 🤷",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1943629506259689861"
          ],
          "editableUntil": "2025-07-11T12:12:39.839Z",
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
      "favorite_count": "0",
      "id_str": "1943629506259689861",
      "truncated": false,
      "retweet_count": "1",
      "id": "1943629506259689861",
      "created_at": "Fri Jul 11 11:12:39 +0000 2025",
      "favorited": false,
      "full_text": "never letting a girl on my squad again, they just hide in a bush the whole game 💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1935674180117228067"
          ],
          "editableUntil": "2025-06-19T13:21:02.284Z",
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
        "25"
      ],
      "favorite_count": "31",
      "id_str": "1935674180117228067",
      "truncated": false,
      "retweet_count": "0",
      "id": "1935674180117228067",
      "created_at": "Thu Jun 19 12:21:02 +0000 2025",
      "favorited": false,
      "full_text": "PASSED MY 18TH EDITION 🎉🎉",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1931335677697224631"
          ],
          "editableUntil": "2025-06-07T14:01:22.701Z",
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
        "100"
      ],
      "favorite_count": "12",
      "id_str": "1931335677697224631",
      "truncated": false,
      "retweet_count": "2",
      "id": "1931335677697224631",
      "created_at": "Sat Jun 07 13:01:22 +0000 2025",
      "favorited": false,
      "full_text": "selling my old ps4 + 2 controllers £120, collection from 14 Beechwood Close WN5 or text 07700 900632",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929501921568083268"
          ],
          "editableUntil": "2025-06-02T12:34:41.170Z",
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
      "favorite_count": "7",
      "id_str": "1929501921568083268",
      "truncated": false,
      "retweet_count": "0",
      "id": "1929501921568083268",
      "created_at": "Mon Jun 02 11:34:41 +0000 2025",
      "favorited": false,
      "full_text": "college canteen chips are a 9/10 today, the cook deserves a raise",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1926732273890149093"
          ],
          "editableUntil": "2025-05-25T21:09:05.707Z",
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
      "favorite_count": "0",
      "id_str": "1926732273890149093",
      "truncated": false,
      "retweet_count": "0",
      "id": "1926732273890149093",
      "created_at": "Sun May 25 20:09:05 +0000 2025",
      "favorited": false,
      "full_text": "banging tunes in the van all day. radio 1 &gt; heart and i will die on this hill",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1922345245323575818"
          ],
          "editableUntil": "2025-05-13T18:36:36.589Z",
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
        "38"
      ],
      "favorite_count": "7",
      "id_str": "1922345245323575818",
      "truncated": false,
      "retweet_count": "1",
      "id": "1922345245323575818",
      "created_at": "Tue May 13 17:36:36 +0000 2025",
      "favorited": false,
      "full_text": "anyone got a plug round wigan 🍃🍃 dm me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1915315428674696610"
          ],
          "editableUntil": "2025-04-24T09:02:37.692Z",
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
        "56"
      ],
      "favorite_count": "31",
      "id_str": "1915315428674696610",
      "truncated": false,
      "retweet_count": "0",
      "id": "1915315428674696610",
      "created_at": "Thu Apr 24 08:02:37 +0000 2025",
      "favorited": false,
      "full_text": "she said 'send a pic' so i sent one 🍆 and now im on read",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907783445415310800"
          ],
          "editableUntil": "2025-04-03T14:13:12.946Z",
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
        "56"
      ],
      "favorite_count": "18",
      "id_str": "1907783445415310800",
      "truncated": false,
      "retweet_count": "2",
      "id": "1907783445415310800",
      "created_at": "Thu Apr 03 13:13:12 +0000 2025",
      "favorited": false,
      "full_text": "hot take: the new season map is a crime against humanity",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1901964977100675111"
          ],
          "editableUntil": "2025-03-18T12:52:41.998Z",
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
      "favorite_count": "0",
      "id_str": "1901964977100675111",
      "truncated": false,
      "retweet_count": "0",
      "id": "1901964977100675111",
      "created_at": "Tue Mar 18 11:52:41 +0000 2025",
      "favorited": false,
      "full_text": "played the whole of last night baked out my head and somehow got my first crown win 👑🍃 coincidence? i think not",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1895784587727995031"
          ],
          "editableUntil": "2025-03-01T11:34:02.345Z",
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
        "140"
      ],
      "favorite_count": "0",
      "id_str": "1895784587727995031",
      "truncated": false,
      "retweet_count": "0",
      "id": "1895784587727995031",
      "created_at": "Sat Mar 01 10:34:02 +0000 2025",
      "favorited": false,
      "full_text": "new lad on placement is polish, gaffer says hes a grafter. give it a month and hell be undercutting us all cash in hand, theyre all the same",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1890391510615906579"
          ],
          "editableUntil": "2025-02-14T14:23:52.563Z",
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
            "name": "sophhh w",
            "screen_name": "sophhh_w",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "1160564776130193253",
            "id": "1160564776130193253"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "93"
      ],
      "favorite_count": "1",
      "id_str": "1890391510615906579",
      "truncated": false,
      "retweet_count": "0",
      "id": "1890391510615906579",
      "created_at": "Fri Feb 14 13:23:52 +0000 2025",
      "favorited": false,
      "full_text": "@sophhh_w ur new number is 07700 900417 right? ill pick u up from ur nans on Gidlow Lane at 8",
      "lang": "en",
      "in_reply_to_status_id_str": "1890351091016815201",
      "in_reply_to_status_id": "1890351091016815201",
      "in_reply_to_user_id": "1160564776130193253",
      "in_reply_to_user_id_str": "1160564776130193253",
      "in_reply_to_screen_name": "sophhh_w"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1889432295921924025"
          ],
          "editableUntil": "2025-02-11T22:52:17.959Z",
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
      "favorite_count": "2",
      "id_str": "1889432295921924025",
      "truncated": false,
      "retweet_count": "1",
      "id": "1889432295921924025",
      "created_at": "Tue Feb 11 21:52:17 +0000 2025",
      "favorited": false,
      "full_text": "stfu i did NOT miss that shot the servers are dogsh1t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1882735261109869652"
          ],
          "editableUntil": "2025-01-24T11:20:40.435Z",
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
        "48"
      ],
      "favorite_count": "7",
      "id_str": "1882735261109869652",
      "truncated": false,
      "retweet_count": "0",
      "id": "1882735261109869652",
      "created_at": "Fri Jan 24 10:20:40 +0000 2025",
      "favorited": false,
      "full_text": "stripping cable all day, my fingers are shredded",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1882024266445351561"
          ],
          "editableUntil": "2025-01-22T12:15:26.097Z",
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
            "name": "jxrdan x",
            "screen_name": "jxrdan_x",
            "indices": [
              "3",
              "12"
            ],
            "id_str": "3347455545463412945",
            "id": "3347455545463412945"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1882024266445351561",
      "truncated": false,
      "retweet_count": "3",
      "id": "1882024266445351561",
      "created_at": "Wed Jan 22 11:15:26 +0000 2025",
      "favorited": false,
      "full_text": "RT @jxrdan_x: gym girls in a thong leotard be like 'stop staring' 💦💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881251245947264823"
          ],
          "editableUntil": "2025-01-20T09:03:43.648Z",
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
        "149"
      ],
      "favorite_count": "9",
      "id_str": "1881251245947264823",
      "truncated": false,
      "retweet_count": "1",
      "id": "1881251245947264823",
      "created_at": "Mon Jan 20 08:03:43 +0000 2025",
      "favorited": false,
      "full_text": "cant believe the gaffer made me redo the whole consumer unit bc HE labelled it wrong. 30 years in the trade and still cant read his own handwriting 🙄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881247464349700515"
          ],
          "editableUntil": "2025-01-20T08:48:42.045Z",
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
        "49"
      ],
      "favorite_count": "1",
      "id_str": "1881247464349700515",
      "truncated": false,
      "retweet_count": "0",
      "id": "1881247464349700515",
      "created_at": "Mon Jan 20 07:48:42 +0000 2025",
      "favorited": false,
      "full_text": "does anyone know if the 362 still runs on sundays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870495595183542038"
          ],
          "editableUntil": "2024-12-21T16:44:36.676Z",
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
        "40"
      ],
      "favorite_count": "7",
      "id_str": "1870495595183542038",
      "truncated": false,
      "retweet_count": "2",
      "id": "1870495595183542038",
      "created_at": "Sat Dec 21 15:44:36 +0000 2024",
      "favorited": false,
      "full_text": "new fortnite skin is lowkey thicc ngl 🍑👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1862171347294800932"
          ],
          "editableUntil": "2024-11-28T17:27:01.322Z",
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
        "100"
      ],
      "favorite_count": "0",
      "id_str": "1862171347294800932",
      "truncated": false,
      "retweet_count": "0",
      "id": "1862171347294800932",
      "created_at": "Thu Nov 28 16:27:01 +0000 2024",
      "favorited": false,
      "full_text": "overheard the bosses saying theyre letting 3 of the lads go after xmas and they dont even know yet 😬",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1862085955589939896"
          ],
          "editableUntil": "2024-11-28T11:47:42.353Z",
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
      "favorite_count": "4",
      "id_str": "1862085955589939896",
      "truncated": false,
      "retweet_count": "1",
      "id": "1862085955589939896",
      "created_at": "Thu Nov 28 10:47:42 +0000 2024",
      "favorited": false,
      "full_text": "ffs dropped the whole box of wagos down the stud wall",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1857751806820234753"
          ],
          "editableUntil": "2024-11-16T12:45:20.762Z",
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
        "103"
      ],
      "favorite_count": "7",
      "id_str": "1857751806820234753",
      "truncated": false,
      "retweet_count": "0",
      "id": "1857751806820234753",
      "created_at": "Sat Nov 16 11:45:20 +0000 2024",
      "favorited": false,
      "full_text": "some guy keyed my mates car so we went round and put his windows through. dont start what u cant finish",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1856757385109924542"
          ],
          "editableUntil": "2024-11-13T18:53:52.151Z",
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
      "favorite_count": "1",
      "id_str": "1856757385109924542",
      "truncated": false,
      "retweet_count": "0",
      "id": "1856757385109924542",
      "created_at": "Wed Nov 13 17:53:52 +0000 2024",
      "favorited": false,
      "full_text": "rolled into site still smelling of last night, gaffer said 'heavy one?' and i said 'what' with my eyes shut",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1856616239343012680"
          ],
          "editableUntil": "2024-11-13T09:33:00.378Z",
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
        "160"
      ],
      "favorite_count": "5",
      "id_str": "1856616239343012680",
      "truncated": false,
      "retweet_count": "0",
      "id": "1856616239343012680",
      "created_at": "Wed Nov 13 08:33:00 +0000 2024",
      "favorited": false,
      "full_text": "boss just called me in to say my 'attitude' needs work. mate pays me £6.40 an hour to carry his ladders and make his brews, attitude is the least of ur problems",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853898309997608454"
          ],
          "editableUntil": "2024-11-05T21:32:55.525Z",
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
        "106"
      ],
      "favorite_count": "1",
      "id_str": "1853898309997608454",
      "truncated": false,
      "retweet_count": "1",
      "id": "1853898309997608454",
      "created_at": "Tue Nov 05 20:32:55 +0000 2024",
      "favorited": false,
      "full_text": "gaffer left the quote for the new gym fit-out on the dash. £48k for the rewire and hes paying me minimum 💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1849361977469091752"
          ],
          "editableUntil": "2024-10-24T09:07:09.569Z",
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
            "name": "dannyb 07",
            "screen_name": "dannyb_07",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "5031157045587477686",
            "id": "5031157045587477686"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "28"
      ],
      "favorite_count": "2",
      "id_str": "1849361977469091752",
      "truncated": false,
      "retweet_count": "0",
      "id": "1849361977469091752",
      "created_at": "Thu Oct 24 08:07:09 +0000 2024",
      "favorited": false,
      "full_text": "@dannyb_07 deffo, see u at 7",
      "lang": "en",
      "in_reply_to_status_id_str": "1849332328168378350",
      "in_reply_to_status_id": "1849332328168378350",
      "in_reply_to_user_id": "5031157045587477686",
      "in_reply_to_user_id_str": "5031157045587477686",
      "in_reply_to_screen_name": "dannyb_07"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1849140794605568156"
          ],
          "editableUntil": "2024-10-23T18:28:15.465Z",
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
        "90"
      ],
      "favorite_count": "31",
      "id_str": "1849140794605568156",
      "truncated": false,
      "retweet_count": "0",
      "id": "1849140794605568156",
      "created_at": "Wed Oct 23 17:28:15 +0000 2024",
      "favorited": false,
      "full_text": "my gaffers name is actually Dick and i still cant say it with a straight face. 2 months in",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1843719944352291544"
          ],
          "editableUntil": "2024-10-08T19:27:44.050Z",
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
        "85"
      ],
      "favorite_count": "18",
      "id_str": "1843719944352291544",
      "truncated": false,
      "retweet_count": "1",
      "id": "1843719944352291544",
      "created_at": "Tue Oct 08 18:27:44 +0000 2024",
      "favorited": false,
      "full_text": "3 jagerbombs deep at spoons and its a tuesday, college tmrw is gonna be interesting 🥴",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833127311940426659"
          ],
          "editableUntil": "2024-09-09T13:56:23.682Z",
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
        "120"
      ],
      "favorite_count": "2",
      "id_str": "1833127311940426659",
      "truncated": false,
      "retweet_count": "2",
      "id": "1833127311940426659",
      "created_at": "Mon Sep 09 12:56:23 +0000 2024",
      "favorited": false,
      "full_text": "my lil sis finishes at st marks primary at 3:15 and mums on lates so its me on pick up every day this week, wish me luck",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1829136529373810677"
          ],
          "editableUntil": "2024-08-29T13:38:26.973Z",
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
      "favorite_count": "31",
      "id_str": "1829136529373810677",
      "truncated": false,
      "retweet_count": "1",
      "id": "1829136529373810677",
      "created_at": "Thu Aug 29 12:38:26 +0000 2024",
      "favorited": false,
      "full_text": "so high up on this scaffold rn 😵 fear of heights kicking in",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822532484358173850"
          ],
          "editableUntil": "2024-08-11T08:16:19.944Z",
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
      "favorite_count": "0",
      "id_str": "1822532484358173850",
      "truncated": false,
      "retweet_count": "1",
      "id": "1822532484358173850",
      "created_at": "Sun Aug 11 07:16:19 +0000 2024",
      "favorited": false,
      "full_text": "lmfaooo danny just jumped off the battle bus straight into the storm",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1820410681340663505"
          ],
          "editableUntil": "2024-08-05T11:45:02.683Z",
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
        "136"
      ],
      "favorite_count": "31",
      "id_str": "1820410681340663505",
      "truncated": false,
      "retweet_count": "2",
      "id": "1820410681340663505",
      "created_at": "Mon Aug 05 10:45:02 +0000 2024",
      "favorited": false,
      "full_text": "college tutor read out who failed the AM2 mock and its literally half the class incl jay and ryan 😭 ryan was crying in the toilets after",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1816652416410968552"
          ],
          "editableUntil": "2024-07-26T02:51:02.499Z",
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
        "88"
      ],
      "favorite_count": "0",
      "id_str": "1816652416410968552",
      "truncated": false,
      "retweet_count": "0",
      "id": "1816652416410968552",
      "created_at": "Fri Jul 26 01:51:02 +0000 2024",
      "favorited": false,
      "full_text": "did 90 down the A49 on my mates bike no helmet and lost the police at the roundabout 😂🏍️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1814732889637487337"
          ],
          "editableUntil": "2024-07-20T19:43:31.653Z",
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
        "45"
      ],
      "favorite_count": "18",
      "id_str": "1814732889637487337",
      "truncated": false,
      "retweet_count": "0",
      "id": "1814732889637487337",
      "created_at": "Sat Jul 20 18:43:31 +0000 2024",
      "favorited": false,
      "full_text": "man utd testing my patience every single week",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1809363514313773073"
          ],
          "editableUntil": "2024-07-06T00:07:32.817Z",
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
        "57"
      ],
      "favorite_count": "3",
      "id_str": "1809363514313773073",
      "truncated": false,
      "retweet_count": "2",
      "id": "1809363514313773073",
      "created_at": "Fri Jul 05 23:07:32 +0000 2024",
      "favorited": false,
      "full_text": "nans new cockatiel already wolf whistles at the postman 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1806440534613170820"
          ],
          "editableUntil": "2024-06-27T22:32:40.150Z",
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
        "149"
      ],
      "favorite_count": "18",
      "id_str": "1806440534613170820",
      "truncated": false,
      "retweet_count": "1",
      "id": "1806440534613170820",
      "created_at": "Thu Jun 27 21:32:40 +0000 2024",
      "favorited": false,
      "full_text": "working at a house today, owner keeps a massive safe in the garage &amp; leaves the side door unlocked. 12 Elm Grove if ur reading this lock ur door mate",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1801673788312572293"
          ],
          "editableUntil": "2024-06-14T18:51:19.271Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "apprenticeships",
            "indices": [
              "102",
              "118"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "wigan apprentices",
            "screen_name": "wigan_apprentices",
            "indices": [
              "3",
              "21"
            ],
            "id_str": "6685542496364717575",
            "id": "6685542496364717575"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "0",
      "id_str": "1801673788312572293",
      "truncated": false,
      "retweet_count": "16",
      "id": "1801673788312572293",
      "created_at": "Fri Jun 14 17:51:19 +0000 2024",
      "favorited": false,
      "full_text": "RT @wigan_apprentices: Congratulations to all our Level 2 electrical learners who passed this term! 👏 #apprenticeships",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1800951603937525063"
          ],
          "editableUntil": "2024-06-12T19:01:37.098Z",
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
        "70"
      ],
      "favorite_count": "18",
      "id_str": "1800951603937525063",
      "truncated": false,
      "retweet_count": "0",
      "id": "1800951603937525063",
      "created_at": "Wed Jun 12 18:01:37 +0000 2024",
      "favorited": false,
      "full_text": "mum made beer-battered fish &amp; chips for my first payday, shes a legend",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1798376159002005601"
          ],
          "editableUntil": "2024-06-05T16:27:43.176Z",
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
        "96"
      ],
      "favorite_count": "5",
      "id_str": "1798376159002005601",
      "truncated": false,
      "retweet_count": "0",
      "id": "1798376159002005601",
      "created_at": "Wed Jun 05 15:27:43 +0000 2024",
      "favorited": false,
      "full_text": "went clay pigeon shooting for dannys 18th and hit 3 out of 25. hes never letting me live it down",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1793602063848769356"
          ],
          "editableUntil": "2024-05-23T12:17:10.193Z",
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
        "90"
      ],
      "favorite_count": "0",
      "id_str": "1793602063848769356",
      "truncated": false,
      "retweet_count": "2",
      "id": "1793602063848769356",
      "created_at": "Thu May 23 11:17:10 +0000 2024",
      "favorited": false,
      "full_text": "first proper payday as an apprentice. bought mum flowers and myself a new headset, balance",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1779910499840922786"
          ],
          "editableUntil": "2024-04-15T17:31:46.957Z",
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
        "76"
      ],
      "favorite_count": "3",
      "id_str": "1779910499840922786",
      "truncated": false,
      "retweet_count": "2",
      "id": "1779910499840922786",
      "created_at": "Mon Apr 15 16:31:46 +0000 2024",
      "favorited": false,
      "full_text": "flight to tenerife is FR 8164 on saturday, first holiday without mum &amp; dad 🌴",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1779570151507464692"
          ],
          "editableUntil": "2024-04-14T18:59:21.590Z",
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
        "26"
      ],
      "favorite_count": "1",
      "id_str": "1779570151507464692",
      "truncated": false,
      "retweet_count": "0",
      "id": "1779570151507464692",
      "created_at": "Sun Apr 14 17:59:21 +0000 2024",
      "favorited": false,
      "full_text": "wish me luck, AM2 monday 😬",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1777663921922597785"
          ],
          "editableUntil": "2024-04-09T12:44:41.041Z",
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
        "80"
      ],
      "favorite_count": "9",
      "id_str": "1777663921922597785",
      "truncated": false,
      "retweet_count": "2",
      "id": "1777663921922597785",
      "created_at": "Tue Apr 09 11:44:41 +0000 2024",
      "favorited": false,
      "full_text": "third partied AGAIN. wiped the whole squad then got sniped from across the map 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1777601726997311477"
          ],
          "editableUntil": "2024-04-09T08:37:32.616Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "fortnite",
            "indices": [
              "63",
              "72"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "2",
      "id_str": "1777601726997311477",
      "truncated": false,
      "retweet_count": "1",
      "id": "1777601726997311477",
      "created_at": "Tue Apr 09 07:37:32 +0000 2024",
      "favorited": false,
      "full_text": "12 elim win with nothing but a pump shotgun, im actually him 🔥 #fortnite",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1776023373072539773"
          ],
          "editableUntil": "2024-04-05T00:05:43.716Z",
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
            "name": "dannyb 07",
            "screen_name": "dannyb_07",
            "indices": [
              "19",
              "29"
            ],
            "id_str": "5031157045587477686",
            "id": "5031157045587477686"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "0",
      "id_str": "1776023373072539773",
      "truncated": false,
      "retweet_count": "0",
      "id": "1776023373072539773",
      "created_at": "Thu Apr 04 23:05:43 +0000 2024",
      "favorited": false,
      "full_text": "sniper only duos w @dannyb_07 tonight, loser buys the chippy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1774435327147791219"
          ],
          "editableUntil": "2024-03-31T14:55:24.063Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "fortnite",
            "indices": [
              "81",
              "90"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "90"
      ],
      "favorite_count": "2",
      "id_str": "1774435327147791219",
      "truncated": false,
      "retweet_count": "0",
      "id": "1774435327147791219",
      "created_at": "Sun Mar 31 13:55:24 +0000 2024",
      "favorited": false,
      "full_text": "WHO IS THIS KID WITH THE SHOTGUN IN BOX FIGHTS. f*cking cracked, im uninstalling #fortnite",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1767333704028501945"
          ],
          "editableUntil": "2024-03-12T00:36:05.169Z",
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
        "129"
      ],
      "favorite_count": "12",
      "id_str": "1767333704028501945",
      "truncated": false,
      "retweet_count": "2",
      "id": "1767333704028501945",
      "created_at": "Mon Mar 11 23:36:05 +0000 2024",
      "favorited": false,
      "full_text": "why do they let blokes in their 60s still do site work, half of them cant get up a ladder. retire and give us young lads the jobs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1766583246514720909"
          ],
          "editableUntil": "2024-03-09T22:54:02.155Z",
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
        "128"
      ],
      "favorite_count": "18",
      "id_str": "1766583246514720909",
      "truncated": false,
      "retweet_count": "0",
      "id": "1766583246514720909",
      "created_at": "Sat Mar 09 21:54:02 +0000 2024",
      "favorited": false,
      "full_text": "epic support is on their website. if someone on discord says theyre staff and asks for ur login they are NOT staff, stay safe &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1761022652840006768"
          ],
          "editableUntil": "2024-02-23T14:38:13.312Z",
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
      "id_str": "1761022652840006768",
      "truncated": false,
      "retweet_count": "1",
      "id": "1761022652840006768",
      "created_at": "Fri Feb 23 13:38:13 +0000 2024",
      "favorited": false,
      "full_text": "got matched with a guy with a proper thick accent in duos and muted him after 10 secs. learn english bro",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1759669041438668935"
          ],
          "editableUntil": "2024-02-19T20:59:27.205Z",
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
            "name": "maddiex",
            "screen_name": "maddiex_",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "9240430691451525301",
            "id": "9240430691451525301"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "57"
      ],
      "favorite_count": "5",
      "id_str": "1759669041438668935",
      "truncated": false,
      "retweet_count": "1",
      "id": "1759669041438668935",
      "created_at": "Mon Feb 19 19:59:27 +0000 2024",
      "favorited": false,
      "full_text": "@maddiex_ that pic tho 🥵🥵 come over then, parents are out",
      "lang": "en",
      "in_reply_to_status_id_str": "1759629511785717122",
      "in_reply_to_status_id": "1759629511785717122",
      "in_reply_to_user_id": "9240430691451525301",
      "in_reply_to_user_id_str": "9240430691451525301",
      "in_reply_to_screen_name": "maddiex_"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752969213611572079"
          ],
          "editableUntil": "2024-02-01T09:16:43.775Z",
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
        "108"
      ],
      "favorite_count": "31",
      "id_str": "1752969213611572079",
      "truncated": false,
      "retweet_count": "0",
      "id": "1752969213611572079",
      "created_at": "Thu Feb 01 08:16:43 +0000 2024",
      "favorited": false,
      "full_text": "ordered the new controller from argos, order no. 4471028833, says delivered but my doorstep says otherwise 🤨",
      "lang": "en"
    }
  }
]