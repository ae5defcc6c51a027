window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1981612004901046783"
          ],
          "editableUntil": "2025-10-24T07:41:33.000Z",
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
        "186"
      ],
      "favorite_count": "56",
      "id_str": "1981612004901046783",
      "truncated": false,
      "retweet_count": "5",
      "id": "1981612004901046783",
      "created_at": "Fri Oct 24 06:41:33 +0000 2025",
      "favorited": false,
      "full_text": "The lady on Harrow Lane who rings 999 every Thursday at 3am because her budgie's \"off\" — 94, does her lipstick before we arrive, calls me \"nurse\". Saw her again tonight, absolute queen 💕",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1981259798523260669"
          ],
          "editableUntil": "2025-10-23T08:22:00.000Z",
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
            "name": "Janet",
            "screen_name": "JanetOnTheBlues",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "1626963691910598654",
            "id": "1626963691910598654"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "17",
        "167"
      ],
      "favorite_count": "7",
      "in_reply_to_status_id_str": "1978818530415405698",
      "id_str": "1981259798523260669",
      "in_reply_to_user_id": "1626963691910598654",
      "truncated": false,
      "retweet_count": "5",
      "id": "1981259798523260669",
      "in_reply_to_status_id": "1978818530415405698",
      "created_at": "Thu Oct 23 07:22:00 +0000 2025",
      "favorited": false,
      "full_text": "@JanetOnTheBlues mum can you grab Alfie from St Bede's at 3:15 Thursday? I'm on a late. He'll be at the side gate by the bike shed, nobody else is getting him that day",
      "lang": "en",
      "in_reply_to_screen_name": "JanetOnTheBlues",
      "in_reply_to_user_id_str": "1626963691910598654"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1979066993162943630"
          ],
          "editableUntil": "2025-10-17T07:08:35.000Z",
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
        "25"
      ],
      "favorite_count": "3",
      "id_str": "1979066993162943630",
      "truncated": false,
      "retweet_count": "0",
      "id": "1979066993162943630",
      "created_at": "Fri Oct 17 06:08:35 +0000 2025",
      "favorited": false,
      "full_text": "Night 4 of 4 done. Bed. 💤",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1978013320377862736"
          ],
          "editableUntil": "2025-10-14T09:21:39.000Z",
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
        "94"
      ],
      "favorite_count": "7",
      "id_str": "1978013320377862736",
      "truncated": false,
      "retweet_count": "1",
      "id": "1978013320377862736",
      "created_at": "Tue Oct 14 08:21:39 +0000 2025",
      "favorited": false,
      "full_text": "New phone, whose dis? Crew group chat please text me on 07700 900417 so I can add you all back",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1971270732484307850"
          ],
          "editableUntil": "2025-09-25T18:49:01.000Z",
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
            "name": "Sam Whitaker",
            "screen_name": "crewmate_sam",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1948655163088945641",
            "id": "1948655163088945641"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "83"
      ],
      "favorite_count": "12",
      "in_reply_to_status_id_str": "1906725099366447305",
      "id_str": "1971270732484307850",
      "in_reply_to_user_id": "1948655163088945641",
      "truncated": false,
      "retweet_count": "5",
      "id": "1971270732484307850",
      "in_reply_to_status_id": "1906725099366447305",
      "created_at": "Thu Sep 25 17:49:01 +0000 2025",
      "favorited": false,
      "full_text": "@crewmate_sam congrats on the critical care job!!! so deserved, you'll be brilliant",
      "lang": "en",
      "in_reply_to_screen_name": "crewmate_sam",
      "in_reply_to_user_id_str": "1948655163088945641"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1970788986508911149"
          ],
          "editableUntil": "2025-09-24T10:54:44.000Z",
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
            "name": "Sarah S",
            "screen_name": "sarahsmithy",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "1816603363464379204",
            "id": "1816603363464379204"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "151"
      ],
      "favorite_count": "140",
      "in_reply_to_status_id_str": "1948011917850682004",
      "id_str": "1970788986508911149",
      "in_reply_to_user_id": "1816603363464379204",
      "truncated": false,
      "retweet_count": "0",
      "id": "1970788986508911149",
      "in_reply_to_status_id": "1948011917850682004",
      "created_at": "Wed Sep 24 09:54:44 +0000 2025",
      "favorited": false,
      "full_text": "@sarahsmithy yeah just drop it at mine, 14 Kirkstall Mount, LS5 3QT. I'm asleep till 4 so leave it behind the green bin, code for the side gate is 2580",
      "lang": "en",
      "in_reply_to_screen_name": "sarahsmithy",
      "in_reply_to_user_id_str": "1816603363464379204"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1956631977361857251"
          ],
          "editableUntil": "2025-08-16T09:19:50.000Z",
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
      "favorite_count": "56",
      "id_str": "1956631977361857251",
      "truncated": false,
      "retweet_count": "9",
      "id": "1956631977361857251",
      "created_at": "Sat Aug 16 08:19:50 +0000 2025",
      "favorited": false,
      "full_text": "Shooting stars over Ilkley Moor at 4am on the way back to station. Sometimes nights pay you back ✨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1949594336823430539"
          ],
          "editableUntil": "2025-07-27T23:14:46.000Z",
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
        "172"
      ],
      "favorite_count": "7",
      "id_str": "1949594336823430539",
      "truncated": false,
      "retweet_count": "9",
      "id": "1949594336823430539",
      "created_at": "Sun Jul 27 22:14:46 +0000 2025",
      "favorited": false,
      "full_text": "Not saying who but a certain Leeds number 9 was very sorry for himself in the back of my truck at 2am with a broken wrist after a night out. Fit for Saturday? I'd say not 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1948280923593691434"
          ],
          "editableUntil": "2025-07-24T08:15:44.000Z",
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
      "favorite_count": "31",
      "id_str": "1948280923593691434",
      "truncated": false,
      "retweet_count": "5",
      "id": "1948280923593691434",
      "created_at": "Thu Jul 24 07:15:44 +0000 2025",
      "favorited": false,
      "full_text": "Post nights wine at 9am hits different 🍷🍷 dont judge me I've been up since yesterday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1938166238648648687"
          ],
          "editableUntil": "2025-06-26T10:23:35.000Z",
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
        "139"
      ],
      "favorite_count": "31",
      "id_str": "1938166238648648687",
      "truncated": false,
      "retweet_count": "0",
      "id": "1938166238648648687",
      "created_at": "Thu Jun 26 09:23:35 +0000 2025",
      "favorited": false,
      "full_text": "Drunk lad swung for my crewmate tonight. Let's just say he found the floor a lot quicker than he expected and somehow the bodycam was off 🤐",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1930170455291744424"
          ],
          "editableUntil": "2025-06-04T08:51:12.000Z",
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
        "171"
      ],
      "favorite_count": "12",
      "id_str": "1930170455291744424",
      "truncated": false,
      "retweet_count": "0",
      "id": "1930170455291744424",
      "created_at": "Wed Jun 04 07:51:12 +0000 2025",
      "favorited": false,
      "full_text": "Why do they keep sending us student paras in their 40s. Career changers are lovely but by the time you've trained them their knees have gone. Give me a 21 year old any day",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1926995602218776068"
          ],
          "editableUntil": "2025-05-26T14:35:28.000Z",
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
      "favorite_count": "7",
      "id_str": "1926995602218776068",
      "truncated": false,
      "retweet_count": "0",
      "id": "1926995602218776068",
      "created_at": "Mon May 26 13:35:28 +0000 2025",
      "favorited": false,
      "full_text": "30 today 🎂 spent it on a night shift but the crew got me a cake shaped like a defib so honestly no complaints",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1923882073762200136"
          ],
          "editableUntil": "2025-05-18T00:23:25.000Z",
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
        "164"
      ],
      "favorite_count": "7",
      "id_str": "1923882073762200136",
      "truncated": false,
      "retweet_count": "1",
      "id": "1923882073762200136",
      "created_at": "Sat May 17 23:23:25 +0000 2025",
      "favorited": false,
      "full_text": "Back's been in bits all week so I may have helped myself to a couple of the good co-codamol out of the kit before clocking on. They never count them properly anyway",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1923012343055433315"
          ],
          "editableUntil": "2025-05-15T14:47:25.000Z",
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
        "127"
      ],
      "favorite_count": "140",
      "id_str": "1923012343055433315",
      "truncated": false,
      "retweet_count": "0",
      "id": "1923012343055433315",
      "created_at": "Thu May 15 13:47:25 +0000 2025",
      "favorited": false,
      "full_text": "Boarding pass selfie ✈️ finally off to Tenerife after 11 on the bounce. Booking ref QX7R2P, seat 23A, someone send me a drink 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1916391892731994575"
          ],
          "editableUntil": "2025-04-27T08:20:06.000Z",
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
            "name": "Leeds Ambulance News",
            "screen_name": "AmbulanceLeeds",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "331711925526556405",
            "id": "331711925526556405"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "186"
      ],
      "favorite_count": "0",
      "id_str": "1916391892731994575",
      "truncated": false,
      "retweet_count": "0",
      "id": "1916391892731994575",
      "created_at": "Sun Apr 27 07:20:06 +0000 2025",
      "favorited": false,
      "full_text": "RT @AmbulanceLeeds: Reminder: 111 if it's urgent but not life-threatening, 999 if it's an emergency. NHS 111 is free from landlines and mobiles. Please don't ring 999 for a sore throat 🙏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1906973819247054481"
          ],
          "editableUntil": "2025-04-01T08:36:03.000Z",
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
      "favorite_count": "31",
      "id_str": "1906973819247054481",
      "truncated": false,
      "retweet_count": "2",
      "id": "1906973819247054481",
      "created_at": "Tue Apr 01 07:36:03 +0000 2025",
      "favorited": false,
      "full_text": "Post-shift bath, bubbles strategically placed 🛁😉 pic deleted before anyone from work sees it, you snooze you lose",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1904661672837000080"
          ],
          "editableUntil": "2025-03-25T23:28:24.000Z",
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
        "urls": [
          {
            "url": "https://t.co/Xq3mB7kLpz",
            "expanded_url": "https://www.justgiving.com/page/becca-leeds10k",
            "display_url": "justgiving.com/page/becca-lee…",
            "indices": [
              "92",
              "115"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "1",
      "id_str": "1904661672837000080",
      "truncated": false,
      "retweet_count": "9",
      "id": "1904661672837000080",
      "created_at": "Tue Mar 25 22:28:24 +0000 2025",
      "favorited": false,
      "full_text": "Running the Leeds 10k for the ambulance charity in May. First proper run since uni, be kind https://t.co/Xq3mB7kLpz",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1887440941604233692"
          ],
          "editableUntil": "2025-02-06T10:59:22.000Z",
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
        "212"
      ],
      "favorite_count": "3",
      "id_str": "1887440941604233692",
      "truncated": false,
      "retweet_count": "9",
      "id": "1887440941604233692",
      "created_at": "Thu Feb 06 09:59:22 +0000 2025",
      "favorited": false,
      "full_text": "Management sent round an email thanking us for our \"resilience\" this winter. Resilience is what they call it when they won't fund enough crews and hope we're too tired to notice. Cheers for the Greggs voucher tho",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1887429864553370752"
          ],
          "editableUntil": "2025-02-06T10:15:21.000Z",
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
        "146"
      ],
      "favorite_count": "1",
      "id_str": "1887429864553370752",
      "truncated": false,
      "retweet_count": "2",
      "id": "1887429864553370752",
      "created_at": "Thu Feb 06 09:15:21 +0000 2025",
      "favorited": false,
      "full_text": "Off duty, late for my sister's 40th, did 95 down the A64 and lost a traffic car at the Tadcaster roundabout. Blue light course paying for itself 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1886678732461032973"
          ],
          "editableUntil": "2025-02-04T08:30:37.000Z",
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
        "127"
      ],
      "favorite_count": "4",
      "id_str": "1886678732461032973",
      "truncated": false,
      "retweet_count": "9",
      "id": "1886678732461032973",
      "created_at": "Tue Feb 04 07:30:37 +0000 2025",
      "favorited": false,
      "full_text": "Apparently the green uniform is \"a look\" 👀 lads on nights out keep asking if I do house calls 😏 depends what you're paying babe",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1883749023094460936"
          ],
          "editableUntil": "2025-01-27T06:29:00.000Z",
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
      "favorite_count": "1",
      "id_str": "1883749023094460936",
      "truncated": false,
      "retweet_count": "5",
      "id": "1883749023094460936",
      "created_at": "Mon Jan 27 05:29:00 +0000 2025",
      "favorited": false,
      "full_text": "Whoever keeps nicking the good BP cuff off Car 2 and leaving that sh!t one in its place, I see you. I KNOW.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1882922196349048166"
          ],
          "editableUntil": "2025-01-24T23:43:29.000Z",
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
        "126"
      ],
      "favorite_count": "56",
      "id_str": "1882922196349048166",
      "truncated": false,
      "retweet_count": "0",
      "id": "1882922196349048166",
      "created_at": "Fri Jan 24 22:43:29 +0000 2025",
      "favorited": false,
      "full_text": "Flight BA1347 to Manchester delayed 3 hours for fog. Sat in Heathrow T5 eating a £9 sandwich and reflecting on my life choices",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876184637625200689"
          ],
          "editableUntil": "2025-01-06T09:30:50.000Z",
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
      "favorite_count": "0",
      "id_str": "1876184637625200689",
      "truncated": false,
      "retweet_count": "0",
      "id": "1876184637625200689",
      "created_at": "Mon Jan 06 08:30:50 +0000 2025",
      "favorited": false,
      "full_text": "wtf is this ice. stretcher nearly went down the hill with us still attached 💀💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1875099121654010919"
          ],
          "editableUntil": "2025-01-03T09:37:22.000Z",
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
        "166"
      ],
      "favorite_count": "140",
      "id_str": "1875099121654010919",
      "truncated": false,
      "retweet_count": "0",
      "id": "1875099121654010919",
      "created_at": "Fri Jan 03 08:37:22 +0000 2025",
      "favorited": false,
      "full_text": "Our new duty manager has never done a single shift on the road and it SHOWS. Told us to \"clear quicker\" at ED. Clear where mate. Where do I put the patient. Your car?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1871815758289468927"
          ],
          "editableUntil": "2024-12-25T08:10:28.000Z",
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
      "favorite_count": "1",
      "id_str": "1871815758289468927",
      "truncated": false,
      "retweet_count": "0",
      "id": "1871815758289468927",
      "created_at": "Wed Dec 25 07:10:28 +0000 2024",
      "favorited": false,
      "full_text": "Snow on the Dales this morning, pulled into a layby just to look at it 😍",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1869655025150669990"
          ],
          "editableUntil": "2024-12-19T09:04:29.000Z",
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
            "name": "Nathan 🚑",
            "screen_name": "NightCrewNathan",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "1410670442151929806",
            "id": "1410670442151929806"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "17",
        "135"
      ],
      "favorite_count": "31",
      "in_reply_to_status_id_str": "1800757930548782093",
      "id_str": "1869655025150669990",
      "in_reply_to_user_id": "1410670442151929806",
      "truncated": false,
      "retweet_count": "0",
      "id": "1869655025150669990",
      "in_reply_to_status_id": "1800757930548782093",
      "created_at": "Thu Dec 19 08:04:29 +0000 2024",
      "favorited": false,
      "full_text": "@NightCrewNathan ha the hen party outside Revolution asked if I wanted a Sex on the Beach. Said I'm working, love. Got a sash instead 😂",
      "lang": "en",
      "in_reply_to_screen_name": "NightCrewNathan",
      "in_reply_to_user_id_str": "1410670442151929806"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1869635693686621888"
          ],
          "editableUntil": "2024-12-19T07:47:40.000Z",
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
      "favorite_count": "2",
      "id_str": "1869635693686621888",
      "truncated": false,
      "retweet_count": "0",
      "id": "1869635693686621888",
      "created_at": "Thu Dec 19 06:47:40 +0000 2024",
      "favorited": false,
      "full_text": "Retirement do for Dick tonight. 38 years on the road, has heard every single joke about his name, still laughs at all of them. Enjoy it Dick, you legend 🚑❤️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861661000962820509"
          ],
          "editableUntil": "2024-11-27T07:39:05.000Z",
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
        "132"
      ],
      "favorite_count": "12",
      "id_str": "1861661000962820509",
      "truncated": false,
      "retweet_count": "0",
      "id": "1861661000962820509",
      "created_at": "Wed Nov 27 06:39:05 +0000 2024",
      "favorited": false,
      "full_text": "To the bloke who keyed my car in the station car park: I know which pub you drink in and I know what time you walk home. Sleep well.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1860834500347571463"
          ],
          "editableUntil": "2024-11-25T00:54:52.000Z",
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
      "favorite_count": "31",
      "id_str": "1860834500347571463",
      "truncated": false,
      "retweet_count": "0",
      "id": "1860834500347571463",
      "created_at": "Sun Nov 24 23:54:52 +0000 2024",
      "favorited": false,
      "full_text": "Headingley tomorrow for Rhinos v Saints. Me &amp; Sam in the South Stand, who else is in",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1857329518459326914"
          ],
          "editableUntil": "2024-11-15T08:47:19.000Z",
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
        "158"
      ],
      "favorite_count": "0",
      "id_str": "1857329518459326914",
      "truncated": false,
      "retweet_count": "5",
      "id": "1857329518459326914",
      "created_at": "Fri Nov 15 07:47:19 +0000 2024",
      "favorited": false,
      "full_text": "St Gemma's charity shop on Otley Road is after donations, they'll collect big items if you ring the shop on 0113 496 0217. Got a sofa out of mine this morning",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1855886993255108894"
          ],
          "editableUntil": "2024-11-11T09:15:14.000Z",
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
        "104"
      ],
      "favorite_count": "12",
      "id_str": "1855886993255108894",
      "truncated": false,
      "retweet_count": "1",
      "id": "1855886993255108894",
      "created_at": "Mon Nov 11 08:15:14 +0000 2024",
      "favorited": false,
      "full_text": "Tonight's cocktail: 2 coffees, a Red Bull, a Rennie &amp; a Twix. Peak paramedic nutrition &gt;&gt;&gt; any dietitian",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1844271801172107045"
          ],
          "editableUntil": "2024-10-10T08:00:36.000Z",
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
        "169"
      ],
      "favorite_count": "7",
      "id_str": "1844271801172107045",
      "truncated": false,
      "retweet_count": "9",
      "id": "1844271801172107045",
      "created_at": "Thu Oct 10 07:00:36 +0000 2024",
      "favorited": false,
      "full_text": "Picked up one of those extendable batons off a market stall in Benidorm for my work bag. Not technically allowed. Neither is getting headbutted on a Friday night in town",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1843907814396035448"
          ],
          "editableUntil": "2024-10-09T07:54:15.000Z",
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
        "128"
      ],
      "favorite_count": "4",
      "id_str": "1843907814396035448",
      "truncated": false,
      "retweet_count": "5",
      "id": "1843907814396035448",
      "created_at": "Wed Oct 09 06:54:15 +0000 2024",
      "favorited": false,
      "full_text": "Massive thank you to the family who dropped a tray of samosas at station tonight. You have no idea how much that means at 2am &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1842706594278802966"
          ],
          "editableUntil": "2024-10-06T00:21:02.000Z",
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
      "favorite_count": "2",
      "id_str": "1842706594278802966",
      "truncated": false,
      "retweet_count": "0",
      "id": "1842706594278802966",
      "created_at": "Sat Oct 05 23:21:02 +0000 2024",
      "favorited": false,
      "full_text": "Shots done ✅ flu jab and covid booster, arm is dead. Get yours if you're eligible, it's free at most pharmacies",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1842461991803896513"
          ],
          "editableUntil": "2024-10-05T08:09:04.000Z",
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
      "favorite_count": "0",
      "id_str": "1842461991803896513",
      "truncated": false,
      "retweet_count": "2",
      "id": "1842461991803896513",
      "created_at": "Sat Oct 05 07:09:04 +0000 2024",
      "favorited": false,
      "full_text": "ffs. 3rd night running I've picked up a late job at 06:52. F*CK this, F*CK it all, bed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835225326169701109"
          ],
          "editableUntil": "2024-09-15T08:53:09.000Z",
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
        "140"
      ],
      "favorite_count": "7",
      "id_str": "1835225326169701109",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835225326169701109",
      "created_at": "Sun Sep 15 07:53:09 +0000 2024",
      "favorited": false,
      "full_text": "Trust says the new rota was \"co-designed with staff\". Which staff. Name them. Because nobody on nights was asked and it's a load of bollocks",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832695947445778396"
          ],
          "editableUntil": "2024-09-08T09:22:18.000Z",
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
        "140"
      ],
      "favorite_count": "0",
      "id_str": "1832695947445778396",
      "truncated": false,
      "retweet_count": "0",
      "id": "1832695947445778396",
      "created_at": "Sun Sep 08 08:22:18 +0000 2024",
      "favorited": false,
      "full_text": "Saw the pay offer on the manager's screen while he was making a brew. 2.1%. TWO POINT ONE. They'll announce it next week like it's Christmas",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1827603513519396648"
          ],
          "editableUntil": "2024-08-25T08:06:47.000Z",
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
        "160"
      ],
      "favorite_count": "19",
      "id_str": "1827603513519396648",
      "truncated": false,
      "retweet_count": "1",
      "id": "1827603513519396648",
      "created_at": "Sun Aug 25 07:06:47 +0000 2024",
      "favorited": false,
      "full_text": "Training day with West Yorkshire Police on knife wound management. Tourniquets, chest seals, wound packing. Heavy stuff but I'd rather know it and never need it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1824713440312990748"
          ],
          "editableUntil": "2024-08-17T08:42:40.000Z",
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
      "favorite_count": "140",
      "id_str": "1824713440312990748",
      "truncated": false,
      "retweet_count": "2",
      "id": "1824713440312990748",
      "created_at": "Sat Aug 17 07:42:40 +0000 2024",
      "favorited": false,
      "full_text": "Unpopular opinion: post-nights sex is the best sex. You're delirious, they're warm, nobody has anywhere to be 🥵",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1823594973156786553"
          ],
          "editableUntil": "2024-08-14T06:38:17.000Z",
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
      "favorite_count": "1",
      "id_str": "1823594973156786553",
      "truncated": false,
      "retweet_count": "0",
      "id": "1823594973156786553",
      "created_at": "Wed Aug 14 05:38:17 +0000 2024",
      "favorited": false,
      "full_text": "Our crew KILLED it at the station quiz. Picture round carried us. Undefeated champions of the Portakabin 🏆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1821423147038628585"
          ],
          "editableUntil": "2024-08-08T06:48:13.000Z",
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
      "favorite_count": "3",
      "id_str": "1821423147038628585",
      "truncated": false,
      "retweet_count": "0",
      "id": "1821423147038628585",
      "created_at": "Thu Aug 08 05:48:13 +0000 2024",
      "favorited": false,
      "full_text": "HCPC renewal form wants my NI number THREE times. QQ 12 34 56 C. QQ123456C. qq123456c. I know my own bloody NI number",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1820379500785174669"
          ],
          "editableUntil": "2024-08-05T09:41:08.000Z",
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
        "71"
      ],
      "favorite_count": "3",
      "id_str": "1820379500785174669",
      "truncated": false,
      "retweet_count": "0",
      "id": "1820379500785174669",
      "created_at": "Mon Aug 05 08:41:08 +0000 2024",
      "favorited": false,
      "full_text": "Night off = 🍃💨 + Planet Earth II + a family bag of Maltesers. Dont @ me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1820087481239887304"
          ],
          "editableUntil": "2024-08-04T14:20:45.000Z",
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
            "name": "Nathan 🚑",
            "screen_name": "NightCrewNathan",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "1410670442151929806",
            "id": "1410670442151929806"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "17",
        "140"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1743395447395999539",
      "id_str": "1820087481239887304",
      "in_reply_to_user_id": "1410670442151929806",
      "truncated": false,
      "retweet_count": "5",
      "id": "1820087481239887304",
      "in_reply_to_status_id": "1743395447395999539",
      "created_at": "Sun Aug 04 13:20:45 +0000 2024",
      "favorited": false,
      "full_text": "@NightCrewNathan control sent us 38 miles for a stubbed toe while a cat 2 sat in the queue. genius stuff from the geniuses upstairs as usual",
      "lang": "en",
      "in_reply_to_screen_name": "NightCrewNathan",
      "in_reply_to_user_id_str": "1410670442151929806"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1810939779820601624"
          ],
          "editableUntil": "2024-07-10T08:31:03.000Z",
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
            "name": "Leeds Harm Reduction",
            "screen_name": "LeedsHarmRed",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "1959817005178290726",
            "id": "1959817005178290726"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "151"
      ],
      "favorite_count": "0",
      "id_str": "1810939779820601624",
      "truncated": false,
      "retweet_count": "0",
      "id": "1810939779820601624",
      "created_at": "Wed Jul 10 07:31:03 +0000 2024",
      "favorited": false,
      "full_text": "RT @LeedsHarmRed: Free naloxone kits are available from lots of pharmacies across Leeds. If someone you love uses opioids, pick one up. It saves lives.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1809861442576383410"
          ],
          "editableUntil": "2024-07-07T09:06:08.000Z",
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
      "favorite_count": "7",
      "id_str": "1809861442576383410",
      "truncated": false,
      "retweet_count": "5",
      "id": "1809861442576383410",
      "created_at": "Sun Jul 07 08:06:08 +0000 2024",
      "favorited": false,
      "full_text": "Two blue tits and a great tit scrapping over the fat balls on my feeder. Better than anything on telly",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1809144817842288733"
          ],
          "editableUntil": "2024-07-05T09:38:31.000Z",
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
      "id_str": "1809144817842288733",
      "truncated": false,
      "retweet_count": "5",
      "id": "1809144817842288733",
      "created_at": "Fri Jul 05 08:38:31 +0000 2024",
      "favorited": false,
      "full_text": "Spicier than my CPD portfolio 🌶️🍑 link in bio, 18+ only, NHS discount available 😘",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1805507277298570199"
          ],
          "editableUntil": "2024-06-25T08:44:14.000Z",
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
        "160"
      ],
      "favorite_count": "0",
      "id_str": "1805507277298570199",
      "truncated": false,
      "retweet_count": "0",
      "id": "1805507277298570199",
      "created_at": "Tue Jun 25 07:44:14 +0000 2024",
      "favorited": false,
      "full_text": "Can always tell a job's on the Brackenfield estate before we even get there. Same surnames, same story, same \"I've only had a couple\". Some places just breed it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1805135354397575596"
          ],
          "editableUntil": "2024-06-24T08:06:20.000Z",
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
        "140"
      ],
      "favorite_count": "1",
      "id_str": "1805135354397575596",
      "truncated": false,
      "retweet_count": "2",
      "id": "1805135354397575596",
      "created_at": "Mon Jun 24 07:06:20 +0000 2024",
      "favorited": false,
      "full_text": "Whole family talking in their own language over my head the entire job. You live here now, speak English in front of the crew, it's not hard",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1804410388522778403"
          ],
          "editableUntil": "2024-06-22T08:05:35.000Z",
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
        "171"
      ],
      "favorite_count": "3",
      "id_str": "1804410388522778403",
      "truncated": false,
      "retweet_count": "0",
      "id": "1804410388522778403",
      "created_at": "Sat Jun 22 07:05:35 +0000 2024",
      "favorited": false,
      "full_text": "Not being funny but the girls on my station who are \"trying for a baby\" should just go on light duties now and save us the bother, the rest of us are carrying them already",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1786638049485640637"
          ],
          "editableUntil": "2024-05-04T07:04:39.000Z",
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
      "favorite_count": "7",
      "id_str": "1786638049485640637",
      "truncated": false,
      "retweet_count": "0",
      "id": "1786638049485640637",
      "created_at": "Sat May 04 06:04:39 +0000 2024",
      "favorited": false,
      "full_text": "Personal statement for the critical care course, draft 7. Send help (and biscuits)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1785204468075098761"
          ],
          "editableUntil": "2024-04-30T08:08:07.000Z",
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
      "favorite_count": "1",
      "id_str": "1785204468075098761",
      "truncated": false,
      "retweet_count": "2",
      "id": "1785204468075098761",
      "created_at": "Tue Apr 30 07:08:07 +0000 2024",
      "favorited": false,
      "full_text": "Came in for a day shift still half cut from Lauren's hen do, crewmate made me chew three packs of Extra before I went near a patient 😅🙈",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1781982638194579501"
          ],
          "editableUntil": "2024-04-21T10:45:43.000Z",
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
      "favorite_count": "2",
      "id_str": "1781982638194579501",
      "truncated": false,
      "retweet_count": "2",
      "id": "1781982638194579501",
      "created_at": "Sun Apr 21 09:45:43 +0000 2024",
      "favorited": false,
      "full_text": "Anyone got a good slow cooker chilli recipe? Need something that survives a 12 hour shift",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1781242611078066728"
          ],
          "editableUntil": "2024-04-19T09:45:07.000Z",
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
      "favorite_count": "7",
      "id_str": "1781242611078066728",
      "truncated": false,
      "retweet_count": "5",
      "id": "1781242611078066728",
      "created_at": "Fri Apr 19 08:45:07 +0000 2024",
      "favorited": false,
      "full_text": "Did Cockermouth parkrun on holiday. PB by 40 seconds. Flat course, lovely people, cracking cafe after",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1779781520506126660"
          ],
          "editableUntil": "2024-04-15T08:59:15.000Z",
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
      "favorite_count": "4",
      "id_str": "1779781520506126660",
      "truncated": false,
      "retweet_count": "2",
      "id": "1779781520506126660",
      "created_at": "Mon Apr 15 07:59:15 +0000 2024",
      "favorited": false,
      "full_text": "Passed my ILS recert! Defib, airway, drug calcs, the lot. Good for another year 🫀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1779082244358307301"
          ],
          "editableUntil": "2024-04-13T10:40:35.000Z",
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
      "favorite_count": "4",
      "id_str": "1779082244358307301",
      "truncated": false,
      "retweet_count": "1",
      "id": "1779082244358307301",
      "created_at": "Sat Apr 13 09:40:35 +0000 2024",
      "favorited": false,
      "full_text": "Made toad in the hole and spotted dick for tea because I am 30 going on 75 and proud",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1778698324953917304"
          ],
          "editableUntil": "2024-04-12T09:15:01.000Z",
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
        "181"
      ],
      "favorite_count": "12",
      "id_str": "1778698324953917304",
      "truncated": false,
      "retweet_count": "5",
      "id": "1778698324953917304",
      "created_at": "Fri Apr 12 08:15:01 +0000 2024",
      "favorited": false,
      "full_text": "Gave my first dose of morphine as lead clinician tonight. Checked it, double checked it, got my crewmate to check it again. Patient comfy, pain score down from 9 to 3. Love this job",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1778348627961270606"
          ],
          "editableUntil": "2024-04-11T10:05:27.000Z",
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
            "name": "Sam Whitaker",
            "screen_name": "crewmate_sam",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1948655163088945641",
            "id": "1948655163088945641"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "82"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1705452405360497836",
      "id_str": "1778348627961270606",
      "in_reply_to_user_id": "1948655163088945641",
      "truncated": false,
      "retweet_count": "0",
      "id": "1778348627961270606",
      "in_reply_to_status_id": "1705452405360497836",
      "created_at": "Thu Apr 11 09:05:27 +0000 2024",
      "favorited": false,
      "full_text": "@crewmate_sam Scunthorpe station has better coffee than us and I'm not OK about it",
      "lang": "en",
      "in_reply_to_screen_name": "crewmate_sam",
      "in_reply_to_user_id_str": "1948655163088945641"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1776129463135503778"
          ],
          "editableUntil": "2024-04-05T07:07:17.000Z",
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
        "92"
      ],
      "favorite_count": "12",
      "id_str": "1776129463135503778",
      "truncated": false,
      "retweet_count": "9",
      "id": "1776129463135503778",
      "created_at": "Fri Apr 05 06:07:17 +0000 2024",
      "favorited": false,
      "full_text": "Crack in my windscreen from a stone on the M62 and Autoglass can't come till Tuesday. Lovely",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1775407445163158633"
          ],
          "editableUntil": "2024-04-03T07:18:15.000Z",
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
            "name": "Medic Memes UK",
            "screen_name": "MedicMemesUK",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "246862423838123277",
            "id": "246862423838123277"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "0",
      "id_str": "1775407445163158633",
      "truncated": false,
      "retweet_count": "0",
      "id": "1775407445163158633",
      "created_at": "Wed Apr 03 06:18:15 +0000 2024",
      "favorited": false,
      "full_text": "RT @MedicMemesUK: When the consultant says \"on my count\" and your brain goes somewhere it absolutely should not 😳🍆💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1764928746695722223"
          ],
          "editableUntil": "2024-03-05T09:19:38.000Z",
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
      "favorite_count": "7",
      "id_str": "1764928746695722223",
      "truncated": false,
      "retweet_count": "0",
      "id": "1764928746695722223",
      "created_at": "Tue Mar 05 08:19:38 +0000 2024",
      "favorited": false,
      "full_text": "Mate in HR says our station's shutting in April and we're being merged with Headingley. Nobody's been told officially so act surprised at the briefing lads 🤫",
      "lang": "en"
    }
  }
]