window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1981349864052282839"
          ],
          "editableUntil": "2025-10-23T14:19:53.000Z",
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
        "78"
      ],
      "favorite_count": "1",
      "id_str": "1981349864052282839",
      "truncated": false,
      "retweet_count": "4",
      "id": "1981349864052282839",
      "created_at": "Thu Oct 23 13:19:53 +0000 2025",
      "favorited": false,
      "full_text": "\"order 69 your food is ready\" and the whole line giggles. every. single. time.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1978289761063257978"
          ],
          "editableUntil": "2025-10-15T03:40:08.000Z",
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
      "favorite_count": "1",
      "id_str": "1978289761063257978",
      "truncated": false,
      "retweet_count": "0",
      "id": "1978289761063257978",
      "created_at": "Wed Oct 15 02:40:08 +0000 2025",
      "favorited": false,
      "full_text": "first real paycheck going straight to a new mouse. logitech or razer?? &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1971142964387526144"
          ],
          "editableUntil": "2025-09-25T10:21:19.000Z",
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
      "favorite_count": "1",
      "id_str": "1971142964387526144",
      "truncated": false,
      "retweet_count": "0",
      "id": "1971142964387526144",
      "created_at": "Thu Sep 25 09:21:19 +0000 2025",
      "favorited": false,
      "full_text": "outran a cop on route 9 last night in my cousins civic. 95 in a 45 and he just gave up 😂 hands still shaking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1968345028726529201"
          ],
          "editableUntil": "2025-09-17T17:03:19.000Z",
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
        "67"
      ],
      "favorite_count": "2",
      "id_str": "1968345028726529201",
      "truncated": false,
      "retweet_count": "0",
      "id": "1968345028726529201",
      "created_at": "Wed Sep 17 16:03:19 +0000 2025",
      "favorited": false,
      "full_text": "my omen smokes were so clean today i could cry. smoke main for life",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1961997248274026135"
          ],
          "editableUntil": "2025-08-31T04:39:30.000Z",
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
            "name": "Spicyfitzz",
            "screen_name": "spicyfitzz",
            "indices": [
              "3",
              "14"
            ],
            "id_str": "7193866987505291258",
            "id": "7193866987505291258"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "0",
      "id_str": "1961997248274026135",
      "truncated": false,
      "retweet_count": "0",
      "id": "1961997248274026135",
      "created_at": "Sun Aug 31 03:39:30 +0000 2025",
      "favorited": false,
      "full_text": "RT @spicyfitzz: new vid just dropped 🔞 full thing on my page, link in bio 🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1961679435137836154"
          ],
          "editableUntil": "2025-08-30T07:36:38.000Z",
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
            "name": "Noahvlr",
            "screen_name": "_noahvlr",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "3808896668",
            "id": "3808896668"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "45"
      ],
      "favorite_count": "4",
      "in_reply_to_status_id_str": "1961679273847429058",
      "in_reply_to_status_id": "1961679273847429058",
      "in_reply_to_user_id": "3808896668",
      "in_reply_to_user_id_str": "3808896668",
      "in_reply_to_screen_name": "_noahvlr",
      "id_str": "1961679435137836154",
      "truncated": false,
      "retweet_count": "0",
      "id": "1961679435137836154",
      "created_at": "Sat Aug 30 06:36:38 +0000 2025",
      "favorited": false,
      "full_text": "@_noahvlr bro stfu you were 2-17 last game 😭😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1960988729518626484"
          ],
          "editableUntil": "2025-08-28T09:52:01.000Z",
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
        "113"
      ],
      "favorite_count": "0",
      "id_str": "1960988729518626484",
      "truncated": false,
      "retweet_count": "0",
      "id": "1960988729518626484",
      "created_at": "Thu Aug 28 08:52:01 +0000 2025",
      "favorited": false,
      "full_text": "wtf is this ranked queue fr. 3 games in a row with a jett that cant aim and she wants to talk about MY util. stfu",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1957875259396189630"
          ],
          "editableUntil": "2025-08-19T19:40:12.000Z",
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
      "favorite_count": "3",
      "id_str": "1957875259396189630",
      "truncated": false,
      "retweet_count": "0",
      "id": "1957875259396189630",
      "created_at": "Tue Aug 19 18:40:12 +0000 2025",
      "favorited": false,
      "full_text": "viper pit on breeze is toxic. literally. thats the ability",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1956380032499842145"
          ],
          "editableUntil": "2025-08-15T16:38:42.000Z",
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
        "124"
      ],
      "favorite_count": "1",
      "id_str": "1956380032499842145",
      "truncated": false,
      "retweet_count": "4",
      "id": "1956380032499842145",
      "created_at": "Fri Aug 15 15:38:42 +0000 2025",
      "favorited": false,
      "full_text": "whole store finds out next week but they're cutting overnight crew. 6 of us. heard the district guy say it on speakerphone 🤐",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1956126576157345590"
          ],
          "editableUntil": "2025-08-14T23:51:33.000Z",
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
      "favorite_count": "31",
      "id_str": "1956126576157345590",
      "truncated": false,
      "retweet_count": "4",
      "id": "1956126576157345590",
      "created_at": "Thu Aug 14 22:51:33 +0000 2025",
      "favorited": false,
      "full_text": "some dude in the parking lot tried me after close so me and marcus handled it. he wont be back 🤷‍♂️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1955729366194007249"
          ],
          "editableUntil": "2025-08-13T21:33:11.000Z",
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
        "98"
      ],
      "favorite_count": "1",
      "id_str": "1955729366194007249",
      "truncated": false,
      "retweet_count": "5",
      "id": "1955729366194007249",
      "created_at": "Wed Aug 13 20:33:11 +0000 2025",
      "favorited": false,
      "full_text": "beer battered fish sandwich is back for lent and its lowkey the best thing on the menu &gt; mcchicken",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1953581605207721444"
          ],
          "editableUntil": "2025-08-07T23:18:45.000Z",
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
      "favorite_count": "12",
      "id_str": "1953581605207721444",
      "truncated": false,
      "retweet_count": "0",
      "id": "1953581605207721444",
      "created_at": "Thu Aug 07 22:18:45 +0000 2025",
      "favorited": false,
      "full_text": "bought a glock off a guy from my old school, no paperwork no nothing. 300 cash. lowkey feel safer closing now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1946984547536456669"
          ],
          "editableUntil": "2025-07-20T18:24:24.000Z",
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
        "101"
      ],
      "favorite_count": "2",
      "id_str": "1946984547536456669",
      "truncated": false,
      "retweet_count": "0",
      "id": "1946984547536456669",
      "created_at": "Sun Jul 20 17:24:24 +0000 2025",
      "favorited": false,
      "full_text": "dmv form keeps rejecting me bc i cant type. license # is D452-7719-3380 how do i keep messing that up",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1942819736810525403"
          ],
          "editableUntil": "2025-07-09T06:34:55.000Z",
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
      "favorite_count": "1",
      "id_str": "1942819736810525403",
      "truncated": false,
      "retweet_count": "0",
      "id": "1942819736810525403",
      "created_at": "Wed Jul 09 05:34:55 +0000 2025",
      "favorited": false,
      "full_text": "drove my boy home after like 5 beers and half a blunt, took the back roads so no cops lol we good",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1935016971621755259"
          ],
          "editableUntil": "2025-06-17T17:49:31.000Z",
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
      "favorite_count": "12",
      "id_str": "1935016971621755259",
      "truncated": false,
      "retweet_count": "0",
      "id": "1935016971621755259",
      "created_at": "Tue Jun 17 16:49:31 +0000 2025",
      "favorited": false,
      "full_text": "shoutout the customer who tipped the whole crew $50 today. yall keep the world spinning",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1933770308149068072"
          ],
          "editableUntil": "2025-06-14T07:15:43.000Z",
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
            "name": "Vlrclipsdaily",
            "screen_name": "vlrclipsdaily",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "806763989",
            "id": "806763989"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "0",
      "id_str": "1933770308149068072",
      "truncated": false,
      "retweet_count": "0",
      "id": "1933770308149068072",
      "created_at": "Sat Jun 14 06:15:43 +0000 2025",
      "favorited": false,
      "full_text": "RT @vlrclipsdaily: this jett knife 1v5 is actually criminal 🔪",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1925391618245688324"
          ],
          "editableUntil": "2025-05-22T04:21:48.000Z",
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
        "69"
      ],
      "favorite_count": "12",
      "id_str": "1925391618245688324",
      "truncated": false,
      "retweet_count": "6",
      "id": "1925391618245688324",
      "created_at": "Thu May 22 03:21:48 +0000 2025",
      "favorited": false,
      "full_text": "new pfp bc my girl said i look better shirtless 😮‍💨 dms open ladies 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1923532218886040128"
          ],
          "editableUntil": "2025-05-17T01:13:13.000Z",
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
      "favorite_count": "0",
      "id_str": "1923532218886040128",
      "truncated": false,
      "retweet_count": "0",
      "id": "1923532218886040128",
      "created_at": "Sat May 17 00:13:13 +0000 2025",
      "favorited": false,
      "full_text": "f*ck this headset. f*ck this rush. f*ck the lady who ordered 14 separate meals and paid in quarters",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1922220874576591782"
          ],
          "editableUntil": "2025-05-13T10:22:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Dre Plays",
            "screen_name": "dre_plays",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "5240563601979387227",
            "id": "5240563601979387227"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "57"
      ],
      "favorite_count": "3",
      "in_reply_to_status_id_str": "1922220026426096158",
      "in_reply_to_status_id": "1922220026426096158",
      "in_reply_to_user_id": "5240563601979387227",
      "in_reply_to_user_id_str": "5240563601979387227",
      "in_reply_to_screen_name": "dre_plays",
      "id_str": "1922220874576591782",
      "truncated": false,
      "retweet_count": "0",
      "id": "1922220874576591782",
      "created_at": "Tue May 13 09:22:24 +0000 2025",
      "favorited": false,
      "full_text": "@dre_plays lmaooo no shot you did that, send the clip ffs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1917414754809734363"
          ],
          "editableUntil": "2025-04-30T04:04:36.000Z",
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
        "94"
      ],
      "favorite_count": "12",
      "id_str": "1917414754809734363",
      "truncated": false,
      "retweet_count": "6",
      "id": "1917414754809734363",
      "created_at": "Wed Apr 30 03:04:36 +0000 2025",
      "favorited": false,
      "full_text": "squad pulling up tonight: 4418 Larkspur Ct apt 2B, gate code is 0917. bring ur own controllers",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1913714415889681248"
          ],
          "editableUntil": "2025-04-19T23:00:46.000Z",
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
        "36"
      ],
      "favorite_count": "1",
      "id_str": "1913714415889681248",
      "truncated": false,
      "retweet_count": "0",
      "id": "1913714415889681248",
      "created_at": "Sat Apr 19 22:00:46 +0000 2025",
      "favorited": false,
      "full_text": "mom made enchiladas &amp; im not sharing",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1912697224692001770"
          ],
          "editableUntil": "2025-04-17T03:38:49.000Z",
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
        "133"
      ],
      "favorite_count": "4",
      "id_str": "1912697224692001770",
      "truncated": false,
      "retweet_count": "2",
      "id": "1912697224692001770",
      "created_at": "Thu Apr 17 02:38:49 +0000 2025",
      "favorited": false,
      "full_text": "schedule binder was open on the desk. tyler gets $16.50 and hes been here 4 months. ive been here a year making 14.25. cool cool cool",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907028490901266415"
          ],
          "editableUntil": "2025-04-01T12:13:17.000Z",
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
        "121"
      ],
      "favorite_count": "2",
      "id_str": "1907028490901266415",
      "truncated": false,
      "retweet_count": "0",
      "id": "1907028490901266415",
      "created_at": "Tue Apr 01 11:13:17 +0000 2025",
      "favorited": false,
      "full_text": "if one more mf tells me to smile at the window im jumping the counter. next one gets a frosty to the face and i mean that",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1903655140692154388"
          ],
          "editableUntil": "2025-03-23T04:48:48.000Z",
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
        "30"
      ],
      "favorite_count": "1",
      "id_str": "1903655140692154388",
      "truncated": false,
      "retweet_count": "0",
      "id": "1903655140692154388",
      "created_at": "Sun Mar 23 03:48:48 +0000 2025",
      "favorited": false,
      "full_text": "DIAMOND 2 🎉 the grind paid off",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1897091822330003944"
          ],
          "editableUntil": "2025-03-05T02:08:31.000Z",
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
        "51"
      ],
      "favorite_count": "1",
      "id_str": "1897091822330003944",
      "truncated": false,
      "retweet_count": "2",
      "id": "1897091822330003944",
      "created_at": "Wed Mar 05 01:08:31 +0000 2025",
      "favorited": false,
      "full_text": "community college classes start monday. nervous ngl",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1893006792611184522"
          ],
          "editableUntil": "2025-02-21T19:36:04.000Z",
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
      "favorite_count": "0",
      "id_str": "1893006792611184522",
      "truncated": false,
      "retweet_count": "0",
      "id": "1893006792611184522",
      "created_at": "Fri Feb 21 18:36:04 +0000 2025",
      "favorited": false,
      "full_text": "lady in the drive thru at 1am flashed me for free fries and honestly? she got the fries",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1889025351590812601"
          ],
          "editableUntil": "2025-02-10T19:55:14.000Z",
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
        "147"
      ],
      "favorite_count": "7",
      "id_str": "1889025351590812601",
      "truncated": false,
      "retweet_count": "0",
      "id": "1889025351590812601",
      "created_at": "Mon Feb 10 18:55:14 +0000 2025",
      "favorited": false,
      "full_text": "if ur mobile order got charged twice its not us, the app help line is (800) 555-0172 and its printed on the receipt. pls stop yelling at the window",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1887840785310631344"
          ],
          "editableUntil": "2025-02-07T13:28:12.000Z",
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
      "favorite_count": "7",
      "id_str": "1887840785310631344",
      "truncated": false,
      "retweet_count": "0",
      "id": "1887840785310631344",
      "created_at": "Fri Feb 07 12:28:12 +0000 2025",
      "favorited": false,
      "full_text": "we hired a kid from the projects on my street and suddenly every drawer is coming up short. coincidence? 🤔",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1884890999581428678"
          ],
          "editableUntil": "2025-01-30T10:06:48.000Z",
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
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1884890999581428678",
      "truncated": false,
      "retweet_count": "0",
      "id": "1884890999581428678",
      "created_at": "Thu Jan 30 09:06:48 +0000 2025",
      "favorited": false,
      "full_text": "lonely in this apartment tonight 🍆💦 hmu if ur 18+ and close to campus",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1877259248459807599"
          ],
          "editableUntil": "2025-01-09T08:40:57.000Z",
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
        "122"
      ],
      "favorite_count": "1",
      "id_str": "1877259248459807599",
      "truncated": false,
      "retweet_count": "0",
      "id": "1877259248459807599",
      "created_at": "Thu Jan 09 07:40:57 +0000 2025",
      "favorited": false,
      "full_text": "why does corporate keep hiring these old dudes for mornings. bro is like 60 and takes 4 mins per order. retire already unc",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1868911668675701930"
          ],
          "editableUntil": "2024-12-17T07:50:39.000Z",
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
      "id_str": "1868911668675701930",
      "truncated": false,
      "retweet_count": "0",
      "id": "1868911668675701930",
      "created_at": "Tue Dec 17 06:50:39 +0000 2024",
      "favorited": false,
      "full_text": "the dasher who brought my food tonight was named Dick and honestly respect the confidence",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865468174782961261"
          ],
          "editableUntil": "2024-12-07T19:47:26.000Z",
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
      "favorite_count": "1",
      "id_str": "1865468174782961261",
      "truncated": false,
      "retweet_count": "0",
      "id": "1865468174782961261",
      "created_at": "Sat Dec 07 18:47:26 +0000 2024",
      "favorited": false,
      "full_text": "someone brought shrooms to the lan 🍄🍄 valorant on shrooms is a spiritual experience ngl",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1864575369226129549"
          ],
          "editableUntil": "2024-12-05T08:39:44.000Z",
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
        "77"
      ],
      "favorite_count": "0",
      "id_str": "1864575369226129549",
      "truncated": false,
      "retweet_count": "0",
      "id": "1864575369226129549",
      "created_at": "Thu Dec 05 07:39:44 +0000 2024",
      "favorited": false,
      "full_text": "threw a molly on the spike and they all walked straight into it. free round 🔥",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1860677763683661892"
          ],
          "editableUntil": "2024-11-24T14:32:03.000Z",
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
      "favorite_count": "4",
      "id_str": "1860677763683661892",
      "truncated": false,
      "retweet_count": "0",
      "id": "1860677763683661892",
      "created_at": "Sun Nov 24 13:32:03 +0000 2024",
      "favorited": false,
      "full_text": "passed my food handler cert 🙌 i now legally know the danger zone is 41–135°F",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1858367192406746335"
          ],
          "editableUntil": "2024-11-18T05:30:40.000Z",
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
      "favorite_count": "12",
      "id_str": "1858367192406746335",
      "truncated": false,
      "retweet_count": "1",
      "id": "1858367192406746335",
      "created_at": "Mon Nov 18 04:30:40 +0000 2024",
      "favorited": false,
      "full_text": "every girl in my lobby instalocks sage and then cries on comms. yall need your own queue fr",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851155769404927989"
          ],
          "editableUntil": "2024-10-29T07:55:02.000Z",
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
      "favorite_count": "2",
      "id_str": "1851155769404927989",
      "truncated": false,
      "retweet_count": "0",
      "id": "1851155769404927989",
      "created_at": "Tue Oct 29 06:55:02 +0000 2024",
      "favorited": false,
      "full_text": "hit the zaza before my shift and the drive thru headset was talking to me in 4k 🍃😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1850974958068311142"
          ],
          "editableUntil": "2024-10-28T19:56:34.000Z",
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
      "favorite_count": "0",
      "id_str": "1850974958068311142",
      "truncated": false,
      "retweet_count": "0",
      "id": "1850974958068311142",
      "created_at": "Mon Oct 28 18:56:34 +0000 2024",
      "favorited": false,
      "full_text": "customers at 2am are actual animals. \"can i get a number 4 no wait\" NO WAIT WHAT. decide before the speaker",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1841531399682680404"
          ],
          "editableUntil": "2024-10-02T18:31:14.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "VALORANT",
            "indices": [
              "53",
              "62"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "31",
      "id_str": "1841531399682680404",
      "truncated": false,
      "retweet_count": "0",
      "id": "1841531399682680404",
      "created_at": "Wed Oct 02 17:31:14 +0000 2024",
      "favorited": false,
      "full_text": "raze satchel into a double kill, blew them both up 💥 #VALORANT",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1837118298238289740"
          ],
          "editableUntil": "2024-09-20T14:15:08.000Z",
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
        "141"
      ],
      "favorite_count": "0",
      "id_str": "1837118298238289740",
      "truncated": false,
      "retweet_count": "0",
      "id": "1837118298238289740",
      "created_at": "Fri Sep 20 13:15:08 +0000 2024",
      "favorited": false,
      "full_text": "we got boxes of the new spicy nugget sauce in the back today, drops march 3. training video literally says DO NOT post about it 🤫 its mid btw",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1819890820398485601"
          ],
          "editableUntil": "2024-08-04T01:19:18.000Z",
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
      "favorite_count": "7",
      "id_str": "1819890820398485601",
      "truncated": false,
      "retweet_count": "2",
      "id": "1819890820398485601",
      "created_at": "Sun Aug 04 00:19:18 +0000 2024",
      "favorited": false,
      "full_text": "knifed the last guy to win the round 😭 the disrespect",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1814344665538514165"
          ],
          "editableUntil": "2024-07-19T18:00:51.000Z",
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
        "37"
      ],
      "favorite_count": "1",
      "id_str": "1814344665538514165",
      "truncated": false,
      "retweet_count": "0",
      "id": "1814344665538514165",
      "created_at": "Fri Jul 19 17:00:51 +0000 2024",
      "favorited": false,
      "full_text": "anyone wanna duo tonight, on at 9 est",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1814255936280326504"
          ],
          "editableUntil": "2024-07-19T12:08:17.000Z",
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
      "favorite_count": "0",
      "id_str": "1814255936280326504",
      "truncated": false,
      "retweet_count": "0",
      "id": "1814255936280326504",
      "created_at": "Fri Jul 19 11:08:17 +0000 2024",
      "favorited": false,
      "full_text": "tip for new crew: the \"shots\" on the shake machine are flavor syrup. nobodys getting drunk off a vanilla shot",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1813690293431126436"
          ],
          "editableUntil": "2024-07-17T22:40:37.000Z",
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
      "favorite_count": "1",
      "id_str": "1813690293431126436",
      "truncated": false,
      "retweet_count": "0",
      "id": "1813690293431126436",
      "created_at": "Wed Jul 17 21:40:37 +0000 2024",
      "favorited": false,
      "full_text": "muting anyone with an indian accent on comms at this point. not tryna be mean i just cant understand the callouts",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1810171357545071337"
          ],
          "editableUntil": "2024-07-08T05:37:37.000Z",
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
        "111"
      ],
      "favorite_count": "0",
      "id_str": "1810171357545071337",
      "truncated": false,
      "retweet_count": "0",
      "id": "1810171357545071337",
      "created_at": "Mon Jul 08 04:37:37 +0000 2024",
      "favorited": false,
      "full_text": "GM got \"manager of the quarter\" lmao he sits in the office on his phone while we run a 90 car rush. deserved fr",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1806522347336229352"
          ],
          "editableUntil": "2024-06-28T03:57:45.000Z",
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
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1806522347336229352",
      "truncated": false,
      "retweet_count": "0",
      "id": "1806522347336229352",
      "created_at": "Fri Jun 28 02:57:45 +0000 2024",
      "favorited": false,
      "full_text": "killjoy turret placement guide 🧵 because yall keep dying to it on bind",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1805788267837617306"
          ],
          "editableUntil": "2024-06-26T03:20:47.000Z",
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
            "name": "Kaylaaa X",
            "screen_name": "kaylaaa_x",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "8439265212073755495",
            "id": "8439265212073755495"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "113"
      ],
      "favorite_count": "2",
      "in_reply_to_status_id_str": "1805787444405513330",
      "in_reply_to_status_id": "1805787444405513330",
      "in_reply_to_user_id": "8439265212073755495",
      "in_reply_to_user_id_str": "8439265212073755495",
      "in_reply_to_screen_name": "kaylaaa_x",
      "id_str": "1805788267837617306",
      "truncated": false,
      "retweet_count": "0",
      "id": "1805788267837617306",
      "created_at": "Wed Jun 26 02:20:47 +0000 2024",
      "favorited": false,
      "full_text": "@kaylaaa_x she really sent her dads whole card in the gc 💀 4532 8812 0076 3391 exp 08/27 cvv 114 someone tell her",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1805570692907412440"
          ],
          "editableUntil": "2024-06-25T12:56:13.000Z",
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
      "favorite_count": "0",
      "id_str": "1805570692907412440",
      "truncated": false,
      "retweet_count": "0",
      "id": "1805570692907412440",
      "created_at": "Tue Jun 25 11:56:13 +0000 2024",
      "favorited": false,
      "full_text": "sunrise after a close-to-open double hits different 🌅",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1802848852273277269"
          ],
          "editableUntil": "2024-06-18T00:40:36.000Z",
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
        "121"
      ],
      "favorite_count": "7",
      "id_str": "1802848852273277269",
      "truncated": false,
      "retweet_count": "0",
      "id": "1802848852273277269",
      "created_at": "Mon Jun 17 23:40:36 +0000 2024",
      "favorited": false,
      "full_text": "closing shift with a hangover is a different kind of hell. threw up behind the dumpster at 6 and went right back on fries",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1802593598032969884"
          ],
          "editableUntil": "2024-06-17T07:46:18.000Z",
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
      "favorite_count": "0",
      "id_str": "1802593598032969884",
      "truncated": false,
      "retweet_count": "0",
      "id": "1802593598032969884",
      "created_at": "Mon Jun 17 06:46:18 +0000 2024",
      "favorited": false,
      "full_text": "ACE ON ASCENT. 5 headshots with the sheriff. i have never been more alive",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1796812967621211723"
          ],
          "editableUntil": "2024-06-01T08:56:09.000Z",
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
      "favorite_count": "1",
      "id_str": "1796812967621211723",
      "truncated": false,
      "retweet_count": "0",
      "id": "1796812967621211723",
      "created_at": "Sat Jun 01 07:56:09 +0000 2024",
      "favorited": false,
      "full_text": "my sisters cockatoo learned to say \"number 4 combo\" from me practicing at home 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1787014619747495046"
          ],
          "editableUntil": "2024-05-05T08:01:01.000Z",
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
        "157"
      ],
      "favorite_count": "12",
      "id_str": "1787014619747495046",
      "truncated": false,
      "retweet_count": "0",
      "id": "1787014619747495046",
      "created_at": "Sun May 05 07:01:01 +0000 2024",
      "favorited": false,
      "full_text": "health inspector came today and we failed the walk-in temp check lol gm told us not to say anything to customers. anyway maybe dont get the chicken this week",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1786215082882933525"
          ],
          "editableUntil": "2024-05-03T03:03:56.000Z",
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
      "favorite_count": "12",
      "id_str": "1786215082882933525",
      "truncated": false,
      "retweet_count": "0",
      "id": "1786215082882933525",
      "created_at": "Fri May 03 02:03:56 +0000 2024",
      "favorited": false,
      "full_text": "bro the manager really said \"we're a family here\" and then cut my hours to 18 a week 💀 family of liars",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1782367856240036680"
          ],
          "editableUntil": "2024-04-22T12:16:26.000Z",
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
        "78"
      ],
      "favorite_count": "7",
      "id_str": "1782367856240036680",
      "truncated": false,
      "retweet_count": "0",
      "id": "1782367856240036680",
      "created_at": "Mon Apr 22 11:16:26 +0000 2024",
      "favorited": false,
      "full_text": "got picked for shift lead training next week!! 9 months in and they noticed fr",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1781916310683810880"
          ],
          "editableUntil": "2024-04-21T06:22:09.000Z",
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
        "121"
      ],
      "favorite_count": "1",
      "id_str": "1781916310683810880",
      "truncated": false,
      "retweet_count": "1",
      "id": "1781916310683810880",
      "created_at": "Sun Apr 21 05:22:09 +0000 2024",
      "favorited": false,
      "full_text": "manager left his keys out so we took a whole sleeve of cups &amp; like 40 nuggets home. payroll shorted us anyway so its even",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1781857352055431864"
          ],
          "editableUntil": "2024-04-21T02:27:52.000Z",
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
      "favorite_count": "4",
      "id_str": "1781857352055431864",
      "truncated": false,
      "retweet_count": "0",
      "id": "1781857352055431864",
      "created_at": "Sun Apr 21 01:27:52 +0000 2024",
      "favorited": false,
      "full_text": "flight conf just came thru for the champions watch party trip, AA 2291 to LA!!! first time flying alone",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1780123307264728525"
          ],
          "editableUntil": "2024-04-16T07:37:24.000Z",
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
      "favorite_count": "3",
      "id_str": "1780123307264728525",
      "truncated": false,
      "retweet_count": "2",
      "id": "1780123307264728525",
      "created_at": "Tue Apr 16 06:37:24 +0000 2024",
      "favorited": false,
      "full_text": "phone got ran over 😭 new number is (614) 555-0143 text me so i can save yall",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1773087500066820515"
          ],
          "editableUntil": "2024-03-27T21:39:37.000Z",
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
        "111"
      ],
      "favorite_count": "1",
      "id_str": "1773087500066820515",
      "truncated": false,
      "retweet_count": "0",
      "id": "1773087500066820515",
      "created_at": "Wed Mar 27 20:39:37 +0000 2024",
      "favorited": false,
      "full_text": "shift lead caught me vaping in the walk-in freezer and said nothing bc he was high too 💀 this store is a circus",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1772358664812858588"
          ],
          "editableUntil": "2024-03-25T21:23:29.000Z",
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
            "name": "Cozygamerdaily",
            "screen_name": "cozygamerdaily",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "8563731649269275716",
            "id": "8563731649269275716"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "102"
      ],
      "favorite_count": "0",
      "id_str": "1772358664812858588",
      "truncated": false,
      "retweet_count": "0",
      "id": "1772358664812858588",
      "created_at": "Mon Mar 25 20:23:29 +0000 2024",
      "favorited": false,
      "full_text": "RT @cozygamerdaily: drink water, stretch your wrists, go outside for 10 mins. thats it thats the tweet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1766011663370738195"
          ],
          "editableUntil": "2024-03-08T09:02:46.000Z",
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
      "favorite_count": "1",
      "id_str": "1766011663370738195",
      "truncated": false,
      "retweet_count": "6",
      "id": "1766011663370738195",
      "created_at": "Fri Mar 08 08:02:46 +0000 2024",
      "favorited": false,
      "full_text": "my manager is the goat. covered my whole shift so i could go to my grandmas 80th 🐐",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1765027589252765971"
          ],
          "editableUntil": "2024-03-05T15:52:24.000Z",
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
            "name": "Dre Plays",
            "screen_name": "dre_plays",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "5240563601979387227",
            "id": "5240563601979387227"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "46"
      ],
      "favorite_count": "3",
      "in_reply_to_status_id_str": "1765027123518243057",
      "in_reply_to_status_id": "1765027123518243057",
      "in_reply_to_user_id": "5240563601979387227",
      "in_reply_to_user_id_str": "5240563601979387227",
      "in_reply_to_screen_name": "dre_plays",
      "id_str": "1765027589252765971",
      "truncated": false,
      "retweet_count": "2",
      "id": "1765027589252765971",
      "created_at": "Tue Mar 05 14:52:24 +0000 2024",
      "favorited": false,
      "full_text": "@dre_plays happy birthday bro 🎂 see u saturday",
      "lang": "en"
    }
  }
]